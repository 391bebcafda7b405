/**
 * A printable document (the review report, the Rapid Review Meeting Report or a 7-minute
 * briefing, already redacted) as an A4 PDF, marked as its use requires: a draft for one named
 * recipient, OFFICIAL-SENSITIVE, or the publication copy with neutral properties. The layout is
 * worked out first (report-document-layout.ts), then drawn; the executive summary's length is
 * counted by the same layout, so the editor's warning and the PDF agree.
 */
import { REPORT_SECTION_TITLES, type Block, type PrintableDocument, type PrintMarking } from '../../../shared/reports/report-document.ts';
import { PDFArray, PDFName, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../shared/errors.ts';
import { pageSize } from './page-layout.ts';
import { addOutline } from './pdf-outline.ts';
import { columnContext, EXECUTIVE_SUMMARY_KEY, layOutDocument, reportArea } from './report-document-layout.ts';
import type { PageContent } from './report-content-stream.ts';
import { embedReportFonts, reportMetricFonts } from './report-fonts.ts';
import { drawPlacements } from './report-page-drawing.ts';
import { drawWatermark, markReportPages } from './report-page-marks.ts';
import { paginate } from './report-pagination.ts';
import { createReportDocument, NEUTRAL_TITLES } from './report-properties.ts';
import { REPORT_SCALE, sectionPieces } from './report-section-layout.ts';

export async function renderReportPdf(document: PrintableDocument, marking: PrintMarking): Promise<{ bytes: Uint8Array; pages: number }> {
  if (marking.mode === 'draft' && marking.recipient.trim() === '') throw new AppError('INVALID_INPUT', 'Enter the name of the person this draft is for: it is printed on every page.');
  const layout = layOutDocument(await reportMetricFonts(), document);
  const doc = await createReportDocument(document, marking);
  const fonts = await embedReportFonts(doc);
  const pages = Array.from({ length: layout.pages }, () => doc.addPage(pageSize('portrait')));
  const watermark = marking.mode === 'draft' ? (content: PageContent, page: PDFPage) => drawWatermark(content, page, fonts) : undefined;
  drawPlacements(doc, pages, fonts, layout.placements, reportArea().left, watermark);
  markReportPages(doc, fonts, marking, document.title.trim() || NEUTRAL_TITLES[document.layout]);
  // Bookmarks name only section headings, but the publication copy carries none at all: nothing
  // beyond the pages themselves for a name to hide in.
  if (marking.mode !== 'publication') addOutline(doc, layout.sections.map((section) => ({ title: section.heading, page: pages[section.page]!, children: [] })));
  dropEmptyAnnotationLists(pages);
  // One save writes one revision: no incremental update keeps an earlier state of the file.
  const bytes = await doc.save();
  return { bytes, pages: pages.length };
}

/** pdf-lib gives every page it draws on an empty /Annots list; a page with no annotations needs none. */
function dropEmptyAnnotationLists(pages: readonly PDFPage[]): void {
  for (const page of pages) {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (annotations?.size() === 0) page.node.delete(PDFName.of('Annots'));
  }
}

/** How many A4 pages the executive summary takes as rendered in the report. */
export async function executiveSummaryPages(blocks: readonly Block[]): Promise<number> {
  const context = columnContext(await reportMetricFonts(), REPORT_SCALE);
  const pieces = sectionPieces(context, { heading: REPORT_SECTION_TITLES[EXECUTIVE_SUMMARY_KEY], blocks });
  return paginate(pieces, reportArea()).pages;
}
