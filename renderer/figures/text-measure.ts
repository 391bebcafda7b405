/**
 * Text widths in the page's own font, so a chart's labels wrap and its values sit where the
 * words really end. Falls back to a generous estimate where a canvas cannot be had.
 */
import { CHART_FONT_FAMILY, CHART_FONT_SIZE, estimateText, type MeasureText } from './chart-layout.ts';

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

export const measureText: MeasureText = (text, bold) => {
  const known = `${bold ? 'b' : 'r'}:${text}`;
  const cached = widths.get(known);
  if (cached !== undefined) return cached;
  const canvas = canvasContext();
  if (canvas === null) return estimateText(text, bold);
  canvas.font = `${bold ? '700' : '400'} ${CHART_FONT_SIZE}px ${CHART_FONT_FAMILY}`;
  // A pixel to spare: the canvas and the SVG may round differently.
  const width = Math.ceil(canvas.measureText(text).width) + 1;
  widths.set(known, width);
  return width;
};

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  return context;
}
