/**
 * What every page of a report carries besides its content, by how the document is marked:
 * - a draft for factual accuracy: DRAFT across the page, OFFICIAL-SENSITIVE at the top and foot,
 *   and under the top marking whom this copy is for and that it may not be passed on, so a page
 *   printed, photographed or forwarded on its own still says both;
 * - a report not for publication: OFFICIAL-SENSITIVE at the top and foot;
 * - the publication copy: no marking, only the title and the page number.
 * Every mark is drawn as text, so it is in the text a reader copies and a search finds.
 */
import { rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { PrintMarking } from '../../../shared/reports/report-document.ts';
import type { PdfFonts } from './fonts.ts';
import { contentArea, markPages } from './page-layout.ts';
import { drawTextLine, fitText, textWidth, wrapText } from './pdf-text.ts';
import type { PageContent } from './report-content-stream.ts';

export const WATERMARK_TEXT = 'DRAFT';
const WATERMARK_SIZE = 150;
const WATERMARK_GREY = rgb(0.86, 0.86, 0.86);
/** Liberation Sans Bold's capital height, as a share of the size: to centre the word on the page. */
const CAP_HEIGHT = 0.73;

const NOTICE_SIZE = 8;
const NOTICE_LINES = 2;
const FOOTER_SIZE = 8;
const FOOTER_GREY = rgb(0.35, 0.35, 0.35);

export function draftNotice(recipient: string): string {
  return `Draft for factual accuracy: for ${recipient.trim()} only — do not forward without the lead reviewer’s permission`;
}

/**
 * DRAFT corner to corner in light grey, drawn over the page's shading (a briefing is mostly
 * shaded boxes) and under its text, which stays readable over it.
 */
export function drawWatermark(content: PageContent, page: PDFPage, fonts: PdfFonts): void {
  const { width, height } = page.getSize();
  const angle = Math.atan2(height, width);
  const wordWidth = textWidth(WATERMARK_TEXT, fonts.bold, WATERMARK_SIZE);
  const capHeight = CAP_HEIGHT * WATERMARK_SIZE;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const run = {
    text: WATERMARK_TEXT,
    font: fonts.bold,
    size: WATERMARK_SIZE,
    color: WATERMARK_GREY,
    angle,
    // The word's centre, not its start, on the page's centre.
    x: width / 2 - (wordWidth / 2) * cos + (capHeight / 2) * sin,
    y: height / 2 - (wordWidth / 2) * sin - (capHeight / 2) * cos,
  };
  // Set at an angle, the word would extract letter by letter; ActualText gives it back whole.
  content.text([run], WATERMARK_TEXT);
}

/** The draft's notice, under the top marking: the recipient's name first, so a long notice is cut after it, not through it. */
function drawDraftNotice(page: PDFPage, fonts: PdfFonts, recipient: string): void {
  const { width, height } = page.getSize();
  const area = contentArea('portrait');
  const style = { font: fonts.regular, size: NOTICE_SIZE };
  const lines = wrapText(draftNotice(recipient), fonts, style, area.width);
  const shown = lines.length <= NOTICE_LINES ? lines : [...lines.slice(0, NOTICE_LINES - 1), fitText(lines.slice(NOTICE_LINES - 1).join(' '), fonts, style, area.width)];
  shown.forEach((line, index) => drawTextLine(page, line, fonts, style, width / 2, height - 40 - index * (NOTICE_SIZE * 1.2), 'centre'));
}

/** The title at the foot on the left and "Page N of M" on the right: all the publication copy carries. */
function drawPlainFooter(doc: PDFDocument, fonts: PdfFonts, footerTitle: string): void {
  const pages = doc.getPages();
  const footer = { font: fonts.regular, size: FOOTER_SIZE, color: FOOTER_GREY };
  const side = contentArea('portrait').left;
  pages.forEach((page, index) => {
    const { width } = page.getSize();
    const pageNumber = `Page ${index + 1} of ${pages.length}`;
    const titleRoom = width - 2 * side - textWidth(pageNumber, fonts.regular, FOOTER_SIZE) - 24;
    drawTextLine(page, fitText(footerTitle, fonts, footer, titleRoom), fonts, footer, side, 20);
    drawTextLine(page, pageNumber, fonts, footer, width - side, 20, 'right');
  });
}

/** Marks every page of `doc` once all are laid out, so "Page N of M" knows M. */
export function markReportPages(doc: PDFDocument, fonts: PdfFonts, marking: PrintMarking, footerTitle: string): void {
  if (marking.mode === 'publication') return drawPlainFooter(doc, fonts, footerTitle);
  markPages(doc, fonts, footerTitle);
  if (marking.mode === 'draft') for (const page of doc.getPages()) drawDraftNotice(page, fonts, marking.recipient);
}
