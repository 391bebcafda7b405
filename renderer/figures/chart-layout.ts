/**
 * Where everything in a figure's bar chart goes, worked out for the width the chart has, so
 * its text stays at a readable size however narrow the window (a chart scaled down to a phone's
 * width would shrink its words with it). Each row's label sits on its own lines above its bar,
 * so a long agency name wraps rather than squeezing the bars. A bar's value is written at its
 * end; a stacked bar's values are written under it, each beside its column's pattern and name,
 * so nothing is told by colour or by hovering alone.
 *
 * Pure: the text measure comes in, so a test can run it without a browser.
 */
import type { FigureTable } from '../../shared/figures/figures.ts';
import { formatFigure } from './figure-words.ts';

/** The width `text` takes at the chart's font size, regular or bold. */
export type MeasureText = (text: string, bold: boolean) => number;

export const CHART_FONT_SIZE = 16;
/** As figures.css sets it for the chart's text. */
export const CHART_FONT_FAMILY = 'arial, sans-serif';
const LINE_HEIGHT = 20;
/** Where a line's baseline sits below the top of its line box, for Arial at 16px. */
const BASELINE = 15;
export const BAR_HEIGHT = 24;
const LABEL_TO_BAR = 4;
const ROW_GAP = 20;
const VALUE_GAP = 8;
/** A count above nought is never drawn thinner than this, so it cannot be mistaken for none. */
const THINNEST_BAR = 3;
/** The white gap after each segment of a stacked bar. */
export const SEGMENT_GAP = 2;
export const SWATCH_SIZE = 14;
const SWATCH_TO_TEXT = 6;
const ITEM_GAP = 20;
/** Wider than this, bars get too long to compare by eye and labels too far from their values. */
export const WIDEST_CHART = 760;
/** Narrower than this, no bar has room to be told apart from its neighbours. */
export const NARROWEST_CHART = 200;

export interface ChartSegment {
  readonly columnKey: string;
  readonly series: number;
  readonly value: number | null;
  readonly x: number;
  readonly width: number;
}

/** A number written in the chart; on a stacked bar, with its column's name and pattern before it. */
export interface ChartValue {
  /** The column's name, on a stacked bar; null for a plain bar's single value. */
  readonly label: string | null;
  readonly text: string;
  /** Where the swatch (if any) and then the words start. */
  readonly x: number;
  readonly baseline: number;
  readonly series: number | null;
}

export interface ChartLine {
  readonly text: string;
  readonly baseline: number;
}

export interface ChartRow {
  readonly key: string;
  readonly label: string;
  readonly labelLines: readonly ChartLine[];
  readonly barY: number;
  readonly segments: readonly ChartSegment[];
  readonly values: readonly ChartValue[];
}

export interface ChartLayout {
  readonly kind: 'bar' | 'stacked-bar';
  readonly width: number;
  readonly height: number;
  readonly rows: readonly ChartRow[];
}

/** One bar per row for a single count; a segment per column otherwise. */
export function chartKind(table: FigureTable): 'bar' | 'stacked-bar' {
  return table.chart === 'bar' && table.columns.length === 1 ? 'bar' : 'stacked-bar';
}

export function layOutChart(table: FigureTable, availableWidth: number, measure: MeasureText): ChartLayout {
  const width = Math.max(NARROWEST_CHART, Math.min(WIDEST_CHART, Math.floor(availableWidth)));
  const kind = chartKind(table);
  const rows = kind === 'bar' ? layOutBars(table, width, measure) : layOutStacks(table, width, measure);
  const last = rows.at(-1);
  const height = last === undefined ? 0 : Math.ceil(bottomOf(last)) + 4;
  return { kind, width, height, rows };
}

function layOutBars(table: FigureTable, width: number, measure: MeasureText): ChartRow[] {
  const values = table.rows.map((row) => row.cells[0]?.value ?? null);
  const widestValue = Math.max(0, ...values.filter((value) => value !== null).map((value) => measure(formatFigure(value), true)));
  const scale = scaleFor(Math.max(0, ...values.map((value) => value ?? 0)), width - widestValue - VALUE_GAP);
  let top = 0;
  return table.rows.map((row, index) => {
    const value = values[index] ?? null;
    const labelLines = wrapLines(row.label, width, measure, top);
    const barY = top + labelLines.length * LINE_HEIGHT + LABEL_TO_BAR;
    const barWidth = drawnWidth(value, scale);
    const segment: ChartSegment = { columnKey: table.columns[0]?.key ?? 'number', series: 0, value, x: 0, width: barWidth };
    const valueX = barWidth === 0 ? 0 : barWidth + VALUE_GAP;
    const laidOut: ChartRow = {
      key: row.key,
      label: row.label,
      labelLines,
      barY,
      segments: [segment],
      values: [{ label: null, text: formatFigure(value), x: valueX, baseline: barY + BAR_HEIGHT / 2 + CHART_FONT_SIZE * 0.35, series: null }],
    };
    top = barY + BAR_HEIGHT + ROW_GAP;
    return laidOut;
  });
}

function layOutStacks(table: FigureTable, width: number, measure: MeasureText): ChartRow[] {
  const totals = table.rows.map((row) => row.cells.reduce((sum, cell) => sum + (cell.value ?? 0), 0));
  const scale = scaleFor(Math.max(0, ...totals), width);
  let top = 0;
  return table.rows.map((row) => {
    const labelLines = wrapLines(row.label, width, measure, top);
    const barY = top + labelLines.length * LINE_HEIGHT + LABEL_TO_BAR;
    let x = 0;
    const segments = table.columns.map((column, index): ChartSegment => {
      const value = row.cells[index]?.value ?? null;
      const full = drawnWidth(value, scale);
      const segment = { columnKey: column.key, series: index, value, x, width: full === 0 ? 0 : Math.max(THINNEST_BAR, full - SEGMENT_GAP) };
      x += full === 0 ? 0 : segment.width + SEGMENT_GAP;
      return segment;
    });
    const values = flowItems(
      table.columns.map((column, index) => ({ label: column.label, text: formatFigure(row.cells[index]?.value ?? null), series: index })),
      width,
      barY + BAR_HEIGHT + 6,
      measure,
    );
    const laidOut: ChartRow = { key: row.key, label: row.label, labelLines, barY, segments, values };
    top = bottomOf(laidOut) + ROW_GAP;
    return laidOut;
  });
}

/** A stacked bar's values, left to right under it, onto a new line when the next would not fit. */
function flowItems(items: readonly { label: string; text: string; series: number }[], width: number, top: number, measure: MeasureText): ChartValue[] {
  let x = 0;
  let line = 0;
  return items.map((item) => {
    const itemWidth = SWATCH_SIZE + SWATCH_TO_TEXT + measure(`${item.label} `, false) + measure(item.text, true);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      line += 1;
    }
    const placed: ChartValue = { label: item.label, text: item.text, x, baseline: top + line * LINE_HEIGHT + BASELINE, series: item.series };
    x += itemWidth + ITEM_GAP;
    return placed;
  });
}

/** Where the words of a value with a swatch start. */
export function valueTextX(value: ChartValue): number {
  return value.series === null ? value.x : value.x + SWATCH_SIZE + SWATCH_TO_TEXT;
}

function bottomOf(row: ChartRow): number {
  const lastValue = Math.max(...row.values.map((value) => value.baseline));
  return Math.max(row.barY + BAR_HEIGHT, lastValue + (LINE_HEIGHT - BASELINE));
}

function scaleFor(largest: number, room: number): number {
  return largest > 0 ? Math.max(0, room) / largest : 0;
}

function drawnWidth(value: number | null, scale: number): number {
  if (value === null || value <= 0) return 0;
  return Math.max(THINNEST_BAR, value * scale);
}

/** A label broken between words into lines that fit; a single word too long for a line keeps a line of its own. */
export function wrapLines(text: string, width: number, measure: MeasureText, top: number): ChartLine[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const current = lines.at(-1);
    if (current !== undefined && measure(`${current} ${word}`, false) <= width) lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  if (lines.length === 0) lines.push('');
  return lines.map((line, index) => ({ text: line, baseline: top + index * LINE_HEIGHT + BASELINE }));
}

/** A measure for tests and for the first render before the page's font can be asked: generous, so text never overruns. */
export function estimateText(text: string, bold: boolean): number {
  return text.length * CHART_FONT_SIZE * (bold ? 0.62 : 0.58);
}
