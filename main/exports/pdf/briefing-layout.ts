/**
 * The 7-minute briefing, set to be read in seven minutes on one or two pages: a title band, then
 * its sections numbered "1  What happened" … in shaded boxes, two to a row. Boxes side by side
 * cannot break across a page, so when the grid would take more than two pages (long sections)
 * the boxes are stacked the full width instead, in slightly smaller type, line by line, and
 * carry on over the page like running text; that is also the fallback for a box taller than a page.
 */
import { rgb, type Color } from 'pdf-lib';
import type { PrintableDocument, PrintableSection } from '../../../shared/reports/report-document.ts';
import { textWidth, wrapText } from './pdf-text.ts';
import { paginate, type PageArea } from './report-pagination.ts';
import { piece, shiftContent, stackPieces, styleFor, type ColumnContext, type Piece, type PieceText, type TypeScale } from './report-pieces.ts';
import { blocksPieces } from './report-section-layout.ts';
import { linePieces } from './report-text-layout.ts';

export const BRIEFING_SCALE: TypeScale = { body: 9.5, table: 8, headings: { 1: 11, 2: 10, 3: 9.5 }, blockGap: 4 };
/** Long sections stacked the full width, a point smaller: seven of the longest the schema allows (1,500 characters each) still fit on two pages. */
const STACKED_SCALE: TypeScale = { body: 8.5, table: 7.5, headings: { 1: 10, 2: 9.5, 3: 9 }, blockGap: 3 };
/** The most pages the grid may take before the boxes are stacked instead. */
export const BRIEFING_MAX_PAGES = 2;

const ACCENT = rgb(0.11, 0.25, 0.44);
const BOX_FILL = rgb(0.94, 0.95, 0.97);
const WHITE = rgb(1, 1, 1);
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 10;
const BOX_HEADING_SIZE = 11;
const BAND_PADDING = 12;
const BOX_PADDING = 8;
const ACCENT_BAR = 3;
const GUTTER = 10;
const NUMBER_GAP = 7;

/** The title band across the top of the first page: white on the accent colour. */
function titleBand(context: ColumnContext, title: string, subtitle: string): Piece {
  const inner = context.width - 2 * BAND_PADDING;
  const white = (face: 'regular' | 'bold', size: number) => ({ face, size, color: WHITE });
  const titleLines = wrapText(title, context.fonts, styleFor(context.fonts, 'bold', TITLE_SIZE), inner);
  const subtitleLines = subtitle.trim() === '' ? [] : wrapText(subtitle, context.fonts, styleFor(context.fonts, 'regular', SUBTITLE_SIZE), inner);
  const content = stackPieces([...linePieces(titleLines, white('bold', TITLE_SIZE), 0, 0), ...linePieces(subtitleLines, white('regular', SUBTITLE_SIZE), 0, 4)]);
  const height = content.height + 2 * BAND_PADDING;
  return piece({ height, ...shiftContent(content, BAND_PADDING, BAND_PADDING), fills: [{ x: 0, y: 0, width: context.width, height, color: ACCENT }] });
}

/** "1" in the accent colour, then the heading, wrapped clear of the number. */
function boxHeading(context: ColumnContext, number: number, heading: string): Piece[] {
  const style = styleFor(context.fonts, 'bold', BOX_HEADING_SIZE);
  const label = String(number);
  const headingLeft = textWidth(label, style.font, style.size) + NUMBER_GAP;
  const lines = wrapText(heading, context.fonts, style, context.width - headingLeft);
  const numberText: PieceText = { text: label, face: 'bold', size: BOX_HEADING_SIZE, x: 0, baseline: BOX_HEADING_SIZE, color: ACCENT };
  return linePieces(lines, { face: 'bold', size: BOX_HEADING_SIZE, color: ACCENT }, headingLeft, 0, [numberText]).map((line) => ({ ...line, keepWithNext: true }));
}

function boxContent(context: ColumnContext, section: PrintableSection, number: number): Piece[] {
  return [...boxHeading(context, number, section.heading), ...blocksPieces(context, section.blocks)];
}

function innerContext(context: ColumnContext, width: number): ColumnContext {
  // A table row split to fit a page must still fit once the box's padding is round it.
  return { ...context, width: width - 2 * BOX_PADDING, pageHeight: context.pageHeight - 2 * BOX_PADDING - ACCENT_BAR };
}

/** A box's content and its shading, `height` tall (boxes in a row share the tallest one's height). */
function boxFills(x: number, width: number, height: number): Piece['fills'] {
  return [
    { x, y: 0, width, height, color: BOX_FILL },
    { x, y: 0, width, height: ACCENT_BAR, color: ACCENT },
  ];
}

/** One row of the grid: one box the full width, or two side by side. */
function gridRow(context: ColumnContext, sections: readonly { section: PrintableSection; number: number }[]): Piece {
  const width = sections.length === 1 ? context.width : (context.width - GUTTER) / 2;
  const contents = sections.map(({ section, number }) => stackPieces(boxContent(innerContext(context, width), section, number)));
  const height = Math.max(...contents.map((content) => content.height)) + 2 * BOX_PADDING + ACCENT_BAR;
  const placed = contents.map((content, index) => shiftContent(content, index * (width + GUTTER) + BOX_PADDING, BOX_PADDING + ACCENT_BAR));
  return piece({
    height,
    spaceAbove: GUTTER,
    texts: placed.flatMap((part) => part.texts),
    rules: placed.flatMap((part) => part.rules),
    fills: [...sections.flatMap((_, index) => boxFills(index * (width + GUTTER), width, height)), ...placed.flatMap((part) => part.fills)],
  });
}

function numbered(sections: readonly PrintableSection[]): { section: PrintableSection; number: number }[] {
  return sections.map((section, index) => ({ section, number: index + 1 }));
}

function gridPieces(context: ColumnContext, sections: readonly PrintableSection[]): Piece[] | undefined {
  const rows: Piece[] = [];
  const all = numbered(sections);
  for (let index = 0; index < all.length; index += 2) {
    const row = gridRow(context, all.slice(index, index + 2));
    if (row.height > context.pageHeight) return undefined;
    rows.push(row);
  }
  return rows;
}

/**
 * A piece inside a stacked box: its space above becomes part of it, so the shading has no
 * gaps, and the box's shading is drawn under its own.
 */
function inBox(part: Piece, isFirst: boolean, isLast: boolean, width: number, fill: Color): Piece {
  const above = isFirst ? BOX_PADDING + ACCENT_BAR : part.spaceAbove;
  const below = isLast ? BOX_PADDING : 0;
  const height = above + part.height + below;
  const shifted = shiftContent(part, BOX_PADDING, above);
  const fills = [{ x: 0, y: 0, width, height, color: fill }, ...(isFirst ? [{ x: 0, y: 0, width, height: ACCENT_BAR, color: ACCENT }] : []), ...shifted.fills];
  return { ...part, ...shifted, fills, height, spaceAbove: isFirst ? GUTTER : 0, ...(part.repeatHeader ? { repeatHeader: inBox(part.repeatHeader, false, false, width, fill) } : {}) };
}

function stackedPieces(context: ColumnContext, sections: readonly PrintableSection[]): Piece[] {
  const inner = { ...innerContext(context, context.width), scale: STACKED_SCALE };
  return numbered(sections).flatMap(({ section, number }) => {
    const parts = boxContent(inner, section, number);
    return parts.map((part, index) => inBox(part, index === 0, index === parts.length - 1, context.width, BOX_FILL));
  });
}

export function briefingPieces(context: ColumnContext, document: PrintableDocument, area: PageArea): Piece[] {
  const band = titleBand(context, document.title, document.subtitle);
  const grid = gridPieces(context, document.sections);
  if (grid && paginate([band, ...grid], area).pages <= BRIEFING_MAX_PAGES) return [band, ...grid];
  return [band, ...stackedPieces(context, document.sections)];
}
