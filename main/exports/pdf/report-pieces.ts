/**
 * A report is laid out in two steps: its blocks become pieces, strips the width of a column
 * whose height is known, and pagination then places the pieces on pages. A piece is one line
 * of a paragraph, one row of a table, one box of a briefing; it says how much space it wants
 * above it (dropped at the top of a page) and whether it must stay on the page with the piece
 * after it (a heading with the first lines it heads). Nothing is drawn until every piece has a
 * page, so the same layout can be counted without drawing it: the executive summary's length
 * is the number of pages its pieces take, found by the code that prints them.
 *
 * Coordinates inside a piece run from its top left corner, downwards.
 */
import { rgb, type Color } from 'pdf-lib';
import type { PdfFonts } from './fonts.ts';
import type { TextStyle } from './pdf-text.ts';

export type Face = 'regular' | 'bold';

export interface PieceText {
  /** Already printable in the font (wrapText's output). */
  readonly text: string;
  readonly face: Face;
  readonly size: number;
  readonly color?: Color;
  /** The left edge, from the piece's left. */
  readonly x: number;
  /** The baseline, down from the piece's top. */
  readonly baseline: number;
}

/** A filled rectangle drawn under the piece's text (a table's header row, a briefing box). */
export interface PieceFill {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: Color;
}

/** A thin line (a table's cell edges): from (x1, y1) to (x2, y2). */
export interface PieceRule {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Piece {
  readonly height: number;
  /** Space wanted between this piece and the one above it; none at the top of a page. */
  readonly spaceAbove: number;
  /** Whether the next piece must be on the same page as this one (a heading, a paragraph's first line). */
  readonly keepWithNext: boolean;
  readonly texts: readonly PieceText[];
  readonly fills: readonly PieceFill[];
  readonly rules: readonly PieceRule[];
  /** Drawn first at the top of any page this piece has to move to: a table's header row. */
  readonly repeatHeader?: Piece;
  /** Always starts a new page (a section that must begin on a fresh page). */
  readonly breakBefore?: boolean;
  /** Names this piece's place for the contents and bookmarks: the key of the section it opens. */
  readonly anchor?: string;
}

export function piece(parts: Partial<Piece> & Pick<Piece, 'height'>): Piece {
  return { spaceAbove: 0, keepWithNext: false, texts: [], fills: [], rules: [], ...parts };
}

/** Type sizes and spacing: one scale for the report, a smaller one for the briefing's boxes. */
export interface TypeScale {
  readonly body: number;
  readonly table: number;
  readonly headings: Readonly<Record<1 | 2 | 3, number>>;
  /** Space between one block and the next. */
  readonly blockGap: number;
}

/** What laying out a column needs: the fonts to measure with, its width and the height of a page. */
export interface ColumnContext {
  readonly fonts: PdfFonts;
  readonly width: number;
  /** The height a page offers this column; a table row taller than this is split. */
  readonly pageHeight: number;
  readonly scale: TypeScale;
}

export const GREY_TEXT = rgb(0.35, 0.35, 0.35);

export function styleFor(fonts: PdfFonts, face: Face, size: number): TextStyle {
  return { font: face === 'bold' ? fonts.bold : fonts.regular, size };
}

/** A piece's content moved by (dx, dy): for putting pieces laid out on their own inside a box. */
export function shiftContent(source: Piece, dx: number, dy: number): Pick<Piece, 'texts' | 'fills' | 'rules'> {
  return {
    texts: source.texts.map((text) => ({ ...text, x: text.x + dx, baseline: text.baseline + dy })),
    fills: source.fills.map((fill) => ({ ...fill, x: fill.x + dx, y: fill.y + dy })),
    rules: source.rules.map((rule) => ({ x1: rule.x1 + dx, y1: rule.y1 + dy, x2: rule.x2 + dx, y2: rule.y2 + dy })),
  };
}

/** Pieces stacked as they would be on one page, as one piece: a briefing's box. */
export function stackPieces(pieces: readonly Piece[], dx = 0): Piece {
  const texts: PieceText[] = [];
  const fills: PieceFill[] = [];
  const rules: PieceRule[] = [];
  let y = 0;
  pieces.forEach((part, index) => {
    if (index > 0) y += part.spaceAbove;
    const shifted = shiftContent(part, dx, y);
    texts.push(...shifted.texts);
    fills.push(...shifted.fills);
    rules.push(...shifted.rules);
    y += part.height;
  });
  return piece({ height: y, texts, fills, rules });
}
