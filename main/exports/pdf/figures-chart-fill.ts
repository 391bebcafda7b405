/**
 * How a chart's segment is filled in the annual report: the same colour and pattern per column
 * as the screen's charts (shared/figures/chart-series.ts), so a column looks alike in both and
 * no segment is told from its neighbour by colour alone — which matters more on paper, where
 * the report is often printed in black and white. Each colour is at least 3:1 on white; the
 * pattern is drawn in white lines or dots over it, clipped to the segment.
 */
import {
  clip,
  endPath,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingColor,
  setLineWidth,
  setStrokingColor,
  stroke,
  type Color,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { CHART_SERIES, type ChartPattern } from '../../../shared/figures/chart-series.ts';
import { round } from './pdf-text.ts';

export interface ChartFill {
  readonly colour: Color;
  readonly pattern: ChartPattern;
}

const hex = (value: string): Color => rgb(parseInt(value.slice(1, 3), 16) / 255, parseInt(value.slice(3, 5), 16) / 255, parseInt(value.slice(5, 7), 16) / 255);

/** In the screen's order: the first column solid blue, as a simple bar is. */
export const CHART_FILLS: readonly ChartFill[] = CHART_SERIES.map((series) => ({ colour: hex(series.colour), pattern: series.pattern }));

export function fillFor(index: number): ChartFill {
  return CHART_FILLS[index % CHART_FILLS.length]!;
}

/** The pattern's repeat, in points: close enough to read as a texture, open enough to show the colour. */
const TILE = 4;
const WHITE = rgb(1, 1, 1);

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Lines across the box (clipped to it afterwards), for one direction of the pattern. */
function hatch(box: Box, direction: 'diagonal' | 'back-diagonal' | 'horizontal' | 'vertical'): PDFOperator[] {
  const operators: PDFOperator[] = [];
  const { x, y, width, height } = box;
  if (direction === 'horizontal') {
    for (let at = y + TILE / 2; at < y + height; at += TILE) operators.push(moveTo(round(x), round(at)), lineTo(round(x + width), round(at)));
  } else if (direction === 'vertical') {
    for (let at = x + TILE / 2; at < x + width; at += TILE) operators.push(moveTo(round(at), round(y)), lineTo(round(at), round(y + height)));
  } else {
    // Lines at 45°, long enough to cross the whole box; the clip trims them to it.
    const rising = direction === 'diagonal';
    for (let offset = -height; offset < width + height; offset += TILE) {
      const start = x + offset;
      if (rising) operators.push(moveTo(round(start), round(y)), lineTo(round(start + height), round(y + height)));
      else operators.push(moveTo(round(start), round(y + height)), lineTo(round(start + height), round(y)));
    }
  }
  return operators;
}

/** A small square for each dot: at this size it prints as a dot, and it is one cheap operator. */
function dots(box: Box): PDFOperator[] {
  const operators: PDFOperator[] = [];
  const size = 1.4;
  for (let dx = TILE / 2; dx < box.width; dx += TILE) {
    for (let dy = TILE / 2; dy < box.height; dy += TILE) operators.push(rectangle(round(box.x + dx - size / 2), round(box.y + dy - size / 2), size, size));
  }
  return operators;
}

/** A filled rectangle with its pattern over it. */
export function drawFilledBox(page: PDFPage, box: Box, chartFill: ChartFill): void {
  const { x, y, width, height } = box;
  const operators: PDFOperator[] = [pushGraphicsState(), setFillingColor(chartFill.colour), rectangle(round(x), round(y), round(width), round(height)), fill()];
  if (chartFill.pattern !== 'solid') {
    operators.push(rectangle(round(x), round(y), round(width), round(height)), clip(), endPath());
    if (chartFill.pattern === 'dots') operators.push(setFillingColor(WHITE), ...dots(box), fill());
    else {
      const directions =
        chartFill.pattern === 'cross' ? (['diagonal', 'back-diagonal'] as const) : chartFill.pattern === 'grid' ? (['horizontal', 'vertical'] as const) : ([chartFill.pattern] as const);
      operators.push(setStrokingColor(WHITE), setLineWidth(0.7), ...directions.flatMap((direction) => hatch(box, direction)), stroke());
    }
  }
  operators.push(popGraphicsState());
  page.pushOperators(...operators);
}
