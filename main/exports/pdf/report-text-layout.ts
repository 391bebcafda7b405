/**
 * Headings, paragraphs and lists as pieces, one piece a line. Each word is measured once
 * (pdf-text.ts's wrapText adds up cached character widths word by word), which is what keeps a
 * 200-page report to a few seconds. A paragraph's first line is kept with its second and its
 * last with the one before, so no page starts or ends on a single stranded line; a heading is
 * kept with the first lines of what it heads.
 */
import { lineHeight, textWidth, wrapText } from './pdf-text.ts';
import { piece, styleFor, type ColumnContext, type Face, type Piece, type PieceText } from './report-pieces.ts';
import type { Color } from 'pdf-lib';

/** Space below a heading's last line, as a share of its size. */
const HEADING_SPACE_BELOW = 0.35;
/** Space above a heading, as a share of its size. */
const HEADING_SPACE_ABOVE = 0.9;

export interface LineStyle {
  readonly face: Face;
  readonly size: number;
  readonly color?: Color;
}

function lineText(text: string, style: LineStyle, x: number): PieceText {
  return { text, face: style.face, size: style.size, x, baseline: style.size, ...(style.color ? { color: style.color } : {}) };
}

/**
 * Lines already wrapped, as pieces: `first` is what the first line also carries (a list's
 * bullet), `spaceAbove` the space above the first line.
 */
export function linePieces(lines: readonly string[], style: LineStyle, x: number, spaceAbove: number, first: readonly PieceText[] = []): Piece[] {
  const height = lineHeight(style.size);
  const last = lines.length - 1;
  return lines.map((line, index) =>
    piece({
      height,
      spaceAbove: index === 0 ? spaceAbove : 0,
      // Orphans and widows: the first line stays with the second, the second-last with the last.
      keepWithNext: last >= 1 && (index === 0 || index === last - 1),
      texts: index === 0 ? [...first, lineText(line, style, x)] : [lineText(line, style, x)],
    }),
  );
}

/** A heading at `size`, kept with what follows it. */
export function headingPieces(context: ColumnContext, text: string, size: number, options: { readonly spaceAbove?: number; readonly color?: Color } = {}): Piece[] {
  const style: LineStyle = { face: 'bold', size, ...(options.color ? { color: options.color } : {}) };
  const lines = wrapText(text, context.fonts, styleFor(context.fonts, 'bold', size), context.width);
  const height = lineHeight(size);
  const last = lines.length - 1;
  return lines.map((line, index) =>
    piece({
      height: height + (index === last ? size * HEADING_SPACE_BELOW : 0),
      spaceAbove: index === 0 ? (options.spaceAbove ?? size * HEADING_SPACE_ABOVE) : 0,
      keepWithNext: true,
      texts: [lineText(line, style, 0)],
    }),
  );
}

export function paragraphPieces(context: ColumnContext, text: string, style: LineStyle = { face: 'regular', size: context.scale.body }): Piece[] {
  const lines = wrapText(text, context.fonts, styleFor(context.fonts, style.face, style.size), context.width);
  return linePieces(lines, style, 0, context.scale.blockGap);
}

/** Where a list's markers sit, from the column's left. */
const LIST_INDENT = 6;
/** Between the marker and the item's text. */
const MARKER_GAP = 6;
/** Space between one item and the next. */
const ITEM_GAP = 2.5;

/**
 * A bulleted or numbered list with hanging indents: every line of an item starts at the same
 * place, clear of the markers; numbers are right-aligned so "9." and "10." line up.
 */
export function listPieces(context: ColumnContext, items: readonly string[], ordered: boolean): Piece[] {
  const style: LineStyle = { face: 'regular', size: context.scale.body };
  const measure = styleFor(context.fonts, style.face, style.size);
  const markers = items.map((_, index) => (ordered ? `${index + 1}.` : '•'));
  const markerColumn = Math.max(...markers.map((marker) => textWidth(marker, measure.font, measure.size)));
  const textLeft = LIST_INDENT + markerColumn + MARKER_GAP;
  return items.flatMap((item, index) => {
    const marker = markers[index]!;
    const markerX = LIST_INDENT + markerColumn - textWidth(marker, measure.font, measure.size);
    const lines = wrapText(item, context.fonts, measure, context.width - textLeft);
    return linePieces(lines, style, textLeft, index === 0 ? context.scale.blockGap : ITEM_GAP, [lineText(marker, style, markerX)]);
  });
}
