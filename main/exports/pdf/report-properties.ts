/**
 * A new report PDF and its document properties. A publication copy is read by anyone, and a
 * PDF's properties travel with it and show in every viewer and search engine, so it says only
 * what kind of document it is: a neutral title, and nothing else. pdf-lib would write its own
 * name as Producer and Creator and stamp the creation and modification dates unless told not
 * to (`updateMetadata: false`); it writes no XMP metadata stream, no document ID and no
 * attachments of its own, and saves in one revision.
 *
 * A draft or a report not for publication is redacted too, and goes to named people: its title
 * is the document's own, and it says which app made it.
 */
import { PDFDocument } from 'pdf-lib';
import type { PrintableDocument, PrintMarking } from '../../../shared/reports/report-document.ts';
import { PDF_CREATOR } from './pdf-document.ts';

/** The only title a publication copy carries: never the document's own, which may name the review after a child. */
export const NEUTRAL_TITLES: Readonly<Record<PrintableDocument['layout'], string>> = {
  report: 'Child safeguarding practice review',
  briefing: '7-minute briefing',
};

export function documentTitle(document: PrintableDocument, marking: PrintMarking): string {
  const own = document.title.trim();
  return marking.mode === 'publication' || own === '' ? NEUTRAL_TITLES[document.layout] : own;
}

export async function createReportDocument(document: PrintableDocument, marking: PrintMarking): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(documentTitle(document, marking), { showInWindowTitleBar: true });
  if (marking.mode !== 'publication') {
    doc.setCreator(PDF_CREATOR);
    doc.setProducer(PDF_CREATOR);
  }
  // Screen readers choose their voice from the document's language.
  doc.setLanguage('en-GB');
  return doc;
}
