/**
 * A figure's bar chart drawn with pdf-lib's rectangles: one horizontal bar per row, its label on
 * the left and its number (or, stacked, its total) at the bar's end; a stacked bar has a segment
 * per column, in the order of the legend above it. Horizontal, so a long label such as an
 * agency's name is read across rather than turned on its side. The table of numbers printed
 * under it says the same, for anyone who cannot tell the colours apart.
 */
import { rgb } from 'pdf-lib';
import type { FigureTable } from '../../../shared/figures/figures.ts';
import { drawFilledBox, fillFor, type ChartFill } from './figures-chart-fill.ts';
import { figureText } from './figures-words.ts';
import type { PageFlow } from './page-layout.ts';
import { drawTextLine, fitText, lineHeight, textWidth, wrapText, type TextStyle } from './pdf-text.ts';

const LABEL_SIZE = 8.5;
const BAR_HEIGHT = 11;
const BAR_GAP = 5;
const ROW_HEIGHT = BAR_HEIGHT + BAR_GAP;
const LABEL_SHARE = 0.36;
const MAX_LABEL_LINES = 2;
const LABEL_GAP = 6;
const VALUE_ROOM = 44;
const SWATCH = 8;
const LEGEND_GAP = 14;
const SPACE_AFTER = 8;
const AXIS = rgb(0.31, 0.35, 0.37);
const WHITE = rgb(1, 1, 1);
const SEGMENT_GAP = 1.2;

interface Bar {
  readonly label: string;
  readonly segments: readonly number[];
  readonly total: number;
}

/** A bar with its label wrapped to the label column, and the height its row takes. */
interface PlacedBar extends Bar {
  readonly lines: readonly string[];
  readonly height: number;
}

function barsOf(table: FigureTable): Bar[] {
  const stacked = table.chart === 'stacked-bar';
  return table.rows.map((row) => {
    const values = row.cells.map((cell) => Math.max(0, cell.value ?? 0));
    const segments = stacked ? values : values.slice(0, 1);
    return { label: row.label, segments, total: segments.reduce((sum, value) => sum + value, 0) };
  });
}

/** Whether the table is drawn at all: a chart, with at least one bar longer than nothing. */
export function hasChart(table: FigureTable): boolean {
  return table.chart !== 'none' && barsOf(table).some((bar) => bar.total > 0);
}

interface LegendItem {
  readonly label: string;
  readonly fill: ChartFill;
  readonly x: number;
  readonly line: number;
}

function legendOf(flow: PageFlow, table: FigureTable, style: TextStyle): LegendItem[] {
  if (table.chart !== 'stacked-bar') return [];
  const items: LegendItem[] = [];
  let x = 0;
  let line = 0;
  table.columns.forEach((column, index) => {
    const label = fitText(column.label, flow.fonts, style, flow.width - SWATCH - 4);
    const width = SWATCH + 4 + textWidth(label, style.font, style.size);
    if (x > 0 && x + width > flow.width) {
      x = 0;
      line += 1;
    }
    items.push({ label, fill: fillFor(index), x, line });
    x += width + LEGEND_GAP;
  });
  return items;
}

function legendHeight(items: readonly LegendItem[]): number {
  return items.length === 0 ? 0 : (Math.max(...items.map((item) => item.line)) + 1) * lineHeight(LABEL_SIZE) + BAR_GAP;
}

const labelWidthOf = (flow: PageFlow) => flow.width * LABEL_SHARE;

/**
 * Labels on at most two lines: "Local child safeguarding practice review: completed" keeps the
 * words that tell it from its neighbour, where one line cut short would lose them.
 */
function placeBars(flow: PageFlow, table: FigureTable, style: TextStyle): PlacedBar[] {
  const width = labelWidthOf(flow);
  return barsOf(table).map((bar) => {
    const wrapped = wrapText(bar.label, flow.fonts, style, width);
    const lines = wrapped.length <= MAX_LABEL_LINES ? wrapped : [...wrapped.slice(0, MAX_LABEL_LINES - 1), fitText(wrapped.slice(MAX_LABEL_LINES - 1).join(' '), flow.fonts, style, width)];
    return { ...bar, lines, height: Math.max(ROW_HEIGHT, lines.length * lineHeight(LABEL_SIZE) + BAR_GAP) };
  });
}

/** The height the chart takes, so its heading can be kept on the same page as it. */
export function chartHeight(flow: PageFlow, table: FigureTable): number {
  if (!hasChart(table)) return 0;
  const style = { font: flow.fonts.regular, size: LABEL_SIZE };
  return legendHeight(legendOf(flow, table, style)) + placeBars(flow, table, style).reduce((sum, bar) => sum + bar.height, 0) + SPACE_AFTER;
}

export function drawFigureChart(flow: PageFlow, table: FigureTable): void {
  if (!hasChart(table)) return;
  const style: TextStyle = { font: flow.fonts.regular, size: LABEL_SIZE };
  const valueStyle: TextStyle = { font: flow.fonts.bold, size: LABEL_SIZE };
  const height = chartHeight(flow, table);
  // A chart that fits on a page is kept whole; a longer one runs on bar by bar.
  if (height <= flow.fullPage) flow.ensureSpace(height);

  const legend = legendOf(flow, table, style);
  const legendTop = flow.y;
  for (const item of legend) {
    const baseline = legendTop - LABEL_SIZE - item.line * lineHeight(LABEL_SIZE);
    drawFilledBox(flow.page, { x: flow.left + item.x, y: baseline - 1, width: SWATCH, height: SWATCH }, item.fill);
    drawTextLine(flow.page, item.label, flow.fonts, style, flow.left + item.x + SWATCH + 4, baseline);
  }
  flow.moveDown(legendHeight(legend));

  const bars = placeBars(flow, table, style);
  const labelRight = flow.left + labelWidthOf(flow);
  const barLeft = labelRight + LABEL_GAP;
  const barRoom = flow.right - VALUE_ROOM - barLeft;
  const largest = Math.max(...bars.map((bar) => bar.total));
  let axisTop = flow.y;
  for (const bar of bars) {
    if (bar.height > flow.free) {
      drawAxis(flow, barLeft, axisTop);
      flow.newPage();
      axisTop = flow.y;
    }
    const middle = flow.y - bar.height / 2;
    const barBottom = middle - BAR_HEIGHT / 2;
    // Cap height is about 0.7 of the size: this puts a line's middle on the bar's middle.
    const firstBaseline = middle - LABEL_SIZE * 0.35 + ((bar.lines.length - 1) * lineHeight(LABEL_SIZE)) / 2;
    bar.lines.forEach((line, index) => drawTextLine(flow.page, line, flow.fonts, style, labelRight, firstBaseline - index * lineHeight(LABEL_SIZE), 'right'));
    let x = barLeft;
    bar.segments.forEach((value, index) => {
      const width = (value / largest) * barRoom;
      if (width <= 0) return;
      drawFilledBox(flow.page, { x, y: barBottom, width, height: BAR_HEIGHT }, fillFor(index));
      // A white gap before each segment after the first, as on the screen, so its edge shows in black and white.
      if (x > barLeft) flow.page.drawLine({ start: { x, y: barBottom }, end: { x, y: barBottom + BAR_HEIGHT }, thickness: SEGMENT_GAP, color: WHITE });
      x += width;
    });
    drawTextLine(flow.page, figureText(bar.total), flow.fonts, valueStyle, x + 4, middle - LABEL_SIZE * 0.35);
    flow.moveDown(bar.height);
  }
  drawAxis(flow, barLeft, axisTop);
  flow.moveDown(SPACE_AFTER);
}

/** The line the bars start from, from the chart's top on this page to the cursor. */
function drawAxis(flow: PageFlow, x: number, top: number): void {
  flow.page.drawLine({ start: { x, y: top }, end: { x, y: flow.y }, thickness: 0.6, color: AXIS });
}
