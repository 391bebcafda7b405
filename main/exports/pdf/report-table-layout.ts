/**
 * A table as pieces, one a row. The header row is bold and shaded and is drawn again at the top
 * of every page the table runs on to; a row that does not fit at the foot of a page moves whole
 * to the next, and only a row taller than a page is cut, into parts that each fit one.
 *
 * Columns share the width as a word processor's automatic layout shares it: each gets at least
 * room for its longest word (up to an equal share), and the rest of the width goes to the
 * columns with the most text, so a column of numbers stays narrow beside a column of prose.
 */
import { rgb } from 'pdf-lib';
import { printableText } from './printable-text.ts';
import { lineHeight, textWidth, wrapText } from './pdf-text.ts';
import { piece, styleFor, type ColumnContext, type Face, type Piece, type PieceRule, type PieceText } from './report-pieces.ts';

const PAD_X = 4;
const PAD_Y = 3;
export const TABLE_HEADER_FILL = rgb(0.86, 0.88, 0.9);

interface Measured {
  /** The longest word, with the cell's padding. */
  readonly min: number;
  /** The longest line unwrapped, with the cell's padding. */
  readonly max: number;
}

function measureCell(context: ColumnContext, text: string, face: Face): Measured {
  const { font, size } = styleFor(context.fonts, face, context.scale.table);
  let min = 0;
  let max = 0;
  for (const line of text.split(/\r\n|[\r\n\u2028\u2029]/)) {
    const printable = printableText(line, context.fonts.covers);
    max = Math.max(max, textWidth(printable, font, size));
    for (const word of printable.split(' ')) min = Math.max(min, textWidth(word, font, size));
  }
  return { min: min + 2 * PAD_X, max: max + 2 * PAD_X };
}

export function columnWidths(context: ColumnContext, rows: readonly (readonly string[])[], headerRow: boolean, columns: number): number[] {
  const total = context.width;
  const mins = new Array<number>(columns).fill(2 * PAD_X);
  const maxes = new Array<number>(columns).fill(2 * PAD_X);
  rows.forEach((row, rowIndex) => {
    for (let column = 0; column < columns; column++) {
      const measured = measureCell(context, row[column] ?? '', headerRow && rowIndex === 0 ? 'bold' : 'regular');
      mins[column] = Math.max(mins[column]!, measured.min);
      maxes[column] = Math.max(maxes[column]!, measured.max);
    }
  });
  // A column whose text fits in an even share of what is left keeps its natural width (a date,
  // a number); the others share the rest, each at least its longest word, the balance going to
  // those with the most text. A long address or URL is broken rather than squeeze the others.
  const widths = new Array<number | undefined>(columns).fill(undefined);
  for (;;) {
    const open = widths.map((width, column) => (width === undefined ? column : -1)).filter((column) => column >= 0);
    const used = widths.reduce<number>((sum, width) => sum + (width ?? 0), 0);
    // Every column fits: each grows in proportion, so the table still spans the column.
    if (open.length === 0) return widths.map((width) => (width! * total) / used);
    const share = (total - used) / open.length;
    const narrow = open.filter((column) => maxes[column]! <= share);
    if (narrow.length === 0) return shareOut(widths, open, total, mins, maxes);
    for (const column of narrow) widths[column] = maxes[column]!;
  }
}

/** The width left after the narrow columns, shared among the `open` ones. */
function shareOut(widths: (number | undefined)[], open: readonly number[], total: number, mins: readonly number[], maxes: readonly number[]): number[] {
  const room = total - widths.reduce<number>((sum, width) => sum + (width ?? 0), 0);
  const cappedMins = open.map((column) => Math.min(mins[column]!, room / open.length));
  const sumMin = cappedMins.reduce((sum, width) => sum + width, 0);
  const wants = open.map((column, index) => Math.max(0, maxes[column]! - cappedMins[index]!));
  const sumWants = wants.reduce((sum, want) => sum + want, 0);
  open.forEach((column, index) => {
    widths[column] = cappedMins[index]! + (sumWants === 0 ? (room - sumMin) / open.length : ((room - sumMin) * wants[index]!) / sumWants);
  });
  return widths as number[];
}

interface RowGeometry {
  readonly widths: readonly number[];
  readonly offsets: readonly number[];
  readonly total: number;
  readonly size: number;
  readonly lineHeight: number;
}

function rowPiece(geometry: RowGeometry, cells: readonly (readonly string[])[], face: Face, header: boolean): Piece {
  const lines = Math.max(1, ...cells.map((cell) => cell.length));
  const height = lines * geometry.lineHeight + 2 * PAD_Y;
  const texts: PieceText[] = [];
  cells.forEach((cell, column) => {
    cell.forEach((text, index) => {
      if (text !== '') texts.push({ text, face, size: geometry.size, x: geometry.offsets[column]! + PAD_X, baseline: PAD_Y + geometry.size * 0.95 + index * geometry.lineHeight });
    });
  });
  const rules: PieceRule[] = [
    { x1: 0, y1: 0, x2: geometry.total, y2: 0 },
    { x1: 0, y1: height, x2: geometry.total, y2: height },
    ...[...geometry.offsets, geometry.total].map((x) => ({ x1: x, y1: 0, x2: x, y2: height })),
  ];
  const fills = header ? [{ x: 0, y: 0, width: geometry.total, height, color: TABLE_HEADER_FILL }] : [];
  return piece({ height, texts, rules, fills, keepWithNext: header });
}

/** A row's wrapped cells cut into parts of at most `most` lines. */
function splitRow(cells: readonly (readonly string[])[], most: number): (readonly string[])[][] {
  const lines = Math.max(1, ...cells.map((cell) => cell.length));
  const parts: (readonly string[])[][] = [];
  for (let start = 0; start < lines; start += most) parts.push(cells.map((cell) => cell.slice(start, start + most)));
  return parts;
}

export function tablePieces(context: ColumnContext, rows: readonly (readonly string[])[], headerRow: boolean): Piece[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  if (columns === 0) return [];
  const widths = columnWidths(context, rows, headerRow, columns);
  const offsets = widths.map((_, index) => widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const size = context.scale.table;
  const geometry: RowGeometry = { widths, offsets, total: context.width, size, lineHeight: lineHeight(size) };
  const wrapRow = (row: readonly string[], face: Face) => widths.map((width, column) => wrapText(row[column] ?? '', context.fonts, styleFor(context.fonts, face, size), width - 2 * PAD_X));

  const header = headerRow ? rowPiece(geometry, wrapRow(rows[0]!, 'bold'), 'bold', true) : undefined;
  const headerHeight = header?.height ?? 0;
  const mostLines = Math.max(1, Math.floor((context.pageHeight - headerHeight - 2 * PAD_Y) / geometry.lineHeight));
  const pieces: Piece[] = header ? [header] : [];
  for (const row of headerRow ? rows.slice(1) : rows) {
    for (const part of splitRow(wrapRow(row, 'regular'), mostLines)) {
      const rowPart = rowPiece(geometry, part, 'regular', false);
      pieces.push(header ? { ...rowPart, repeatHeader: header } : rowPart);
    }
  }
  const [first, ...rest] = pieces;
  // A little more room above a table than above a paragraph: its top rule needs air.
  return first ? [{ ...first, spaceAbove: context.scale.blockGap + 2 }, ...rest] : [];
}
