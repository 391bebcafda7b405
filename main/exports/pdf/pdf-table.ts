/**
 * A table poured down a PageFlow: wrapped cells, the header row repeated at the top of every page
 * the table reaches, and a row moved whole to the next page rather than cut. Only a row taller
 * than a page is split, and each part after the first says "(continued)" under its first cell.
 * A band is a shaded row spanning the table, for a note between rows (a gap in a chronology).
 */
import { lineTo, moveTo, popGraphicsState, pushGraphicsState, rgb, setLineWidth, setStrokingColor, stroke, type Color, type PDFFont, type PDFOperator } from 'pdf-lib';
import { GREY } from './flow-text.ts';
import type { PageFlow } from './page-layout.ts';
import { drawTextRuns, lineHeight, round, wrapText, type TextRun } from './pdf-text.ts';

export interface CellPart {
  readonly text: string;
  readonly bold?: boolean;
  readonly color?: Color;
}

/** Plain text, or parts each starting on a new line (a date with "Possible duplicate" under it). */
export type Cell = string | readonly CellPart[];

export type TableRow = { readonly kind: 'cells'; readonly cells: readonly Cell[]; readonly fill?: Color } | { readonly kind: 'band'; readonly text: string; readonly fill: Color };

export interface TableColumn {
  readonly header: string;
  /** Share of the table's width, relative to the other columns. */
  readonly weight: number;
}

export interface TableLayout {
  readonly columns: readonly TableColumn[];
  readonly fontSize: number;
}

const PAD_X = 3;
const PAD_Y = 2.5;
const RULE = rgb(0.7, 0.7, 0.7);
const HEADER_FILL = rgb(0.86, 0.88, 0.9);
/** A row split across pages leaves at least this many lines on the page it starts on. */
const MIN_LINES_BEFORE_SPLIT = 3;

interface StyledLine {
  readonly text: string;
  readonly font: PDFFont;
  readonly color: Color | undefined;
}

export function drawTable(flow: PageFlow, layout: TableLayout, rows: Iterable<TableRow>): void {
  new TableWriter(flow, layout).write(rows);
}

class TableWriter {
  readonly #flow: PageFlow;
  readonly #size: number;
  readonly #lineHeight: number;
  readonly #widths: number[];
  readonly #offsets: number[];
  readonly #header: StyledLine[][];
  readonly #headerHeight: number;

  constructor(flow: PageFlow, layout: TableLayout) {
    this.#flow = flow;
    this.#size = layout.fontSize;
    this.#lineHeight = lineHeight(layout.fontSize);
    const totalWeight = layout.columns.reduce((sum, column) => sum + column.weight, 0);
    this.#widths = layout.columns.map((column) => (flow.width * column.weight) / totalWeight);
    this.#offsets = this.#widths.map((_, index) => this.#widths.slice(0, index).reduce((sum, width) => sum + width, 0));
    this.#header = layout.columns.map((column, index) => this.#wrap([{ text: column.header, bold: true }], this.#widths[index]!));
    this.#headerHeight = this.#heightOf(this.#header);
  }

  write(rows: Iterable<TableRow>): void {
    // The header and the first lines of a row, or a new page: never a header alone at a page's foot.
    if (this.#flow.free < this.#headerHeight + 2 * PAD_Y + MIN_LINES_BEFORE_SPLIT * this.#lineHeight) this.#flow.newPage();
    this.#drawRow(this.#header, HEADER_FILL);
    for (const row of rows) {
      if (row.kind === 'band') this.#writeBand(row.text, row.fill);
      else this.#writeCells(row.cells, row.fill);
    }
  }

  #newPage(): void {
    this.#flow.newPage();
    this.#drawRow(this.#header, HEADER_FILL);
  }

  #wrap(cell: Cell, width: number): StyledLine[] {
    const parts = typeof cell === 'string' ? [{ text: cell }] : cell;
    const lines: StyledLine[] = [];
    for (const part of parts) {
      const font = part.bold ? this.#flow.fonts.bold : this.#flow.fonts.regular;
      for (const text of wrapText(part.text, this.#flow.fonts, { font, size: this.#size }, width - 2 * PAD_X)) lines.push({ text, font, color: part.color });
    }
    return lines;
  }

  #heightOf(columns: readonly (readonly StyledLine[])[]): number {
    return Math.max(1, ...columns.map((lines) => lines.length)) * this.#lineHeight + 2 * PAD_Y;
  }

  #writeBand(text: string, fill: Color): void {
    const lines = this.#wrap([{ text, bold: true }], this.#flow.width);
    const height = this.#heightOf([lines]);
    if (height > this.#flow.free) this.#newPage();
    const top = this.#flow.y;
    this.#flow.page.drawRectangle({ x: this.#flow.left, y: top - height, width: this.#flow.width, height, color: fill, borderColor: RULE, borderWidth: 0.4 });
    this.#drawLines(lines, this.#flow.left, top);
    this.#flow.moveDown(height);
  }

  #writeCells(cells: readonly Cell[], fill: Color | undefined): void {
    const columns = this.#widths.map((width, index) => this.#wrap(cells[index] ?? '', width));
    const height = this.#heightOf(columns);
    if (height <= this.#flow.free) return this.#drawRow(columns, fill);
    if (height <= this.#flow.fullPage - this.#headerHeight) {
      this.#newPage();
      return this.#drawRow(columns, fill);
    }
    this.#writeSplitRow(columns, fill);
  }

  /** A row taller than a page: as many lines as fit on each page, the rest carried over. */
  #writeSplitRow(columns: StyledLine[][], fill: Color | undefined): void {
    const headline = columns[0]![0];
    let remaining = columns;
    if (this.#linesThatFit() < MIN_LINES_BEFORE_SPLIT) this.#newPage();
    for (;;) {
      const fit = this.#linesThatFit();
      this.#drawRow(
        remaining.map((lines) => lines.slice(0, fit)),
        fill,
      );
      remaining = remaining.map((lines) => lines.slice(fit));
      if (remaining.every((lines) => lines.length === 0)) return;
      this.#newPage();
      const continued: StyledLine = { text: '(continued)', font: this.#flow.fonts.regular, color: GREY };
      remaining[0] = [...(headline ? [headline] : []), continued, ...remaining[0]!];
    }
  }

  #linesThatFit(): number {
    return Math.floor((this.#flow.free - 2 * PAD_Y) / this.#lineHeight);
  }

  #drawRow(columns: readonly (readonly StyledLine[])[], fill: Color | undefined): void {
    const flow = this.#flow;
    const page = flow.page;
    const top = flow.y;
    const height = this.#heightOf(columns);
    const bottom = top - height;
    if (fill) page.drawRectangle({ x: flow.left, y: bottom, width: flow.width, height, color: fill });
    drawTextRuns(
      page,
      flow.fonts,
      columns.flatMap((lines, index) => this.#runs(lines, flow.left + this.#offsets[index]!, top)),
    );
    // Every rule of the row in one path: the top, the bottom and each column's edges.
    const [left, right, y0, y1] = [round(flow.left), round(flow.right), round(top), round(bottom)];
    const rules: PDFOperator[] = [pushGraphicsState(), setStrokingColor(RULE), setLineWidth(0.4)];
    rules.push(moveTo(left, y0), lineTo(right, y0), moveTo(left, y1), lineTo(right, y1));
    for (const offset of [...this.#offsets, flow.width]) rules.push(moveTo(round(flow.left + offset), y0), lineTo(round(flow.left + offset), y1));
    rules.push(stroke(), popGraphicsState());
    page.pushOperators(...rules);
    flow.moveDown(height);
  }

  #drawLines(lines: readonly StyledLine[], cellLeft: number, top: number): void {
    drawTextRuns(this.#flow.page, this.#flow.fonts, this.#runs(lines, cellLeft, top));
  }

  #runs(lines: readonly StyledLine[], cellLeft: number, top: number): TextRun[] {
    return lines.map((line, index) => ({
      text: line.text,
      style: { font: line.font, size: this.#size, ...(line.color ? { color: line.color } : {}) },
      x: cellLeft + PAD_X,
      y: top - PAD_Y - this.#size * 0.95 - index * this.#lineHeight,
    }));
  }
}
