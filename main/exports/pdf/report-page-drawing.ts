/**
 * Placed pieces drawn onto their pages: on each page the shading first, then the rules, then
 * anything meant to show through the shading but under the words (a draft's watermark), then
 * all of the page's text in one text object, written as one compressed stream (report-content-stream.ts).
 */
import { rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { PdfFonts } from './fonts.ts';
import { INK } from './pdf-text.ts';
import { PageContent, type ContentLine, type ContentRun } from './report-content-stream.ts';
import type { Placement } from './report-pagination.ts';
import { styleFor } from './report-pieces.ts';

const RULE_COLOUR = rgb(0.7, 0.7, 0.7);
const RULE_WIDTH = 0.4;

/** Drawn on each page between the shading and the text: a draft's watermark. */
export type UnderText = (content: PageContent, page: PDFPage) => void;

/** Draws every placement on `pages[placement.page]`; `left` is the x of the pieces' left edge. */
export function drawPlacements(doc: PDFDocument, pages: readonly PDFPage[], fonts: PdfFonts, placements: readonly Placement[], left: number, underText?: UnderText): void {
  const byPage = pages.map((): Placement[] => []);
  for (const placement of placements) byPage[placement.page]!.push(placement);
  pages.forEach((page, index) => {
    const content = new PageContent(doc, page);
    drawPage(content, fonts, byPage[index]!, left, () => underText?.(content, page));
    content.write();
  });
}

function drawPage(content: PageContent, fonts: PdfFonts, placements: readonly Placement[], left: number, underText: () => void): void {
  for (const { piece, top } of placements) {
    for (const fill of piece.fills) content.fillRectangle(left + fill.x, top - fill.y - fill.height, fill.width, fill.height, fill.color);
  }
  const rules: ContentLine[] = [];
  for (const { piece, top } of placements) {
    for (const rule of piece.rules) rules.push({ x1: left + rule.x1, y1: top - rule.y1, x2: left + rule.x2, y2: top - rule.y2 });
  }
  content.strokeLines(rules, RULE_COLOUR, RULE_WIDTH);
  underText();
  const runs: ContentRun[] = [];
  for (const { piece, top } of placements) {
    for (const text of piece.texts) {
      runs.push({ text: text.text, font: styleFor(fonts, text.face, text.size).font, size: text.size, color: text.color ?? INK, x: left + text.x, y: top - text.baseline });
    }
  }
  content.text(runs);
}
