/**
 * Running text poured down a PageFlow: headings, paragraphs and bulleted lists, wrapped to the
 * page's width and carried on to the next page line by line. A heading is never left alone at
 * the foot of a page: it moves over with the first lines of what it heads.
 */
import { rgb, type Color } from 'pdf-lib';
import type { PageFlow } from './page-layout.ts';
import { drawTextLine, lineHeight, wrapText, type TextStyle } from './pdf-text.ts';

export const BODY_SIZE = 10.5;
export const SMALL_SIZE = 9;
export const GREY = rgb(0.35, 0.35, 0.35);

const HEADING_SIZES = { 1: 17, 2: 13, 3: 11 } as const;
export type HeadingLevel = keyof typeof HEADING_SIZES;

/** Lines of body text a heading must be able to keep with it on its page. */
const LINES_KEPT_WITH_HEADING = 3;

export interface ParagraphOptions {
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: Color;
  /** From the left margin. */
  readonly indent?: number;
  /** Space below the paragraph; half a line unless given. */
  readonly spaceAfter?: number;
}

function styleOf(flow: PageFlow, options: ParagraphOptions): TextStyle {
  return { font: options.bold ? flow.fonts.bold : flow.fonts.regular, size: options.size ?? BODY_SIZE, ...(options.color ? { color: options.color } : {}) };
}

/** Lines already wrapped, each on a new page if the current one is full; `x` is their left edge. */
export function drawLines(flow: PageFlow, lines: readonly string[], style: TextStyle, x: number): void {
  const height = lineHeight(style.size);
  for (const line of lines) {
    flow.ensureSpace(height);
    drawTextLine(flow.page, line, flow.fonts, style, x, flow.y - style.size);
    flow.moveDown(height);
  }
}

export function drawParagraph(flow: PageFlow, text: string, options: ParagraphOptions = {}): void {
  const style = styleOf(flow, options);
  const indent = options.indent ?? 0;
  drawLines(flow, wrapText(text, flow.fonts, style, flow.width - indent), style, flow.left + indent);
  flow.moveDown(options.spaceAfter ?? lineHeight(style.size) / 2);
}

/** The height a heading needs, with the space above it and the lines kept with it. */
function headingNeeds(level: HeadingLevel, lines: number): number {
  return HEADING_SIZES[level] * 0.6 + lines * lineHeight(HEADING_SIZES[level]) + LINES_KEPT_WITH_HEADING * lineHeight(BODY_SIZE);
}

export function drawHeading(flow: PageFlow, text: string, level: HeadingLevel): void {
  const style = { font: flow.fonts.bold, size: HEADING_SIZES[level] };
  const lines = wrapText(text, flow.fonts, style, flow.width);
  flow.ensureSpace(headingNeeds(level, lines.length));
  if (!flow.atTopOfPage) flow.moveDown(style.size * 0.6);
  drawLines(flow, lines, style, flow.left);
  flow.moveDown(style.size * 0.35);
}

const BULLET_INDENT = 14;

export function drawBullets(flow: PageFlow, items: readonly string[], options: ParagraphOptions = {}): void {
  const style = styleOf(flow, options);
  const height = lineHeight(style.size);
  const indent = options.indent ?? 0;
  for (const item of items) {
    const lines = wrapText(item, flow.fonts, style, flow.width - indent - BULLET_INDENT);
    lines.forEach((line, index) => {
      flow.ensureSpace(height);
      if (index === 0) drawTextLine(flow.page, '•', flow.fonts, style, flow.left + indent + 3, flow.y - style.size);
      drawTextLine(flow.page, line, flow.fonts, style, flow.left + indent + BULLET_INDENT, flow.y - style.size);
      flow.moveDown(height);
    });
    flow.moveDown(height * 0.2);
  }
  flow.moveDown(height * 0.3);
}

/** A piece of running text, described so that its height can be known before it is drawn. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string; readonly level: HeadingLevel }
  | { readonly kind: 'paragraph'; readonly text: string; readonly options?: ParagraphOptions }
  | { readonly kind: 'bullets'; readonly items: readonly string[]; readonly options?: ParagraphOptions };

/** The height a block takes when drawn below other content (a heading's space above included). */
export function blockHeight(flow: PageFlow, block: Block): number {
  if (block.kind === 'heading') {
    const size = HEADING_SIZES[block.level];
    return size * 0.6 + wrapText(block.text, flow.fonts, { font: flow.fonts.bold, size }, flow.width).length * lineHeight(size) + size * 0.35;
  }
  const options = block.options ?? {};
  const style = styleOf(flow, options);
  const height = lineHeight(style.size);
  const indent = options.indent ?? 0;
  if (block.kind === 'paragraph') return wrapText(block.text, flow.fonts, style, flow.width - indent).length * height + (options.spaceAfter ?? height / 2);
  const items = block.items.reduce((sum, item) => sum + wrapText(item, flow.fonts, style, flow.width - indent - BULLET_INDENT).length * height + height * 0.2, 0);
  return items + height * 0.3;
}

export function drawBlock(flow: PageFlow, block: Block): void {
  if (block.kind === 'heading') drawHeading(flow, block.text, block.level);
  else if (block.kind === 'paragraph') drawParagraph(flow, block.text, block.options);
  else drawBullets(flow, block.items, block.options);
}

/**
 * Blocks kept on one page when they fit on one: a short section of a letter moves to the next
 * page whole rather than leave its last bullet, or its heading, on a page by itself.
 * `keepWithNext` is the height of what must follow on the same page (a table's first rows).
 */
export function drawSection(flow: PageFlow, blocks: readonly Block[], keepWithNext = 0): void {
  const height = blocks.reduce((sum, block) => sum + blockHeight(flow, block), keepWithNext);
  if (height <= flow.fullPage) flow.ensureSpace(height);
  for (const block of blocks) drawBlock(flow, block);
}
