/**
 * A new PDF with the app's font and properties, and its bytes once every page is laid out.
 * The properties say what the document is and which partnership made it, never whom it is about:
 * a file's properties travel with it and show in every file browser, so a child's name there
 * would leak what the OFFICIAL-SENSITIVE marking protects.
 */
import { PDFDocument } from 'pdf-lib';
import { embedPdfFonts, type PdfFonts } from './fonts.ts';
import { markPages } from './page-layout.ts';

export const PDF_CREATOR = 'Practice Review Manager';

export interface PdfProperties {
  /** "Request for information – <reference>": the document's kind and the case reference only. */
  readonly title: string;
  /** The partnership's name. */
  readonly author: string;
}

export interface NewPdf {
  readonly doc: PDFDocument;
  readonly fonts: PdfFonts;
  readonly title: string;
}

export async function createPdf(properties: PdfProperties): Promise<NewPdf> {
  const doc = await PDFDocument.create();
  doc.setTitle(properties.title, { showInWindowTitleBar: true });
  doc.setAuthor(properties.author);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_CREATOR);
  // Screen readers choose their voice from the document's language.
  doc.setLanguage('en-GB');
  return { doc, fonts: await embedPdfFonts(doc), title: properties.title };
}

/** Marks every page (marking, title, page numbers) and returns the file's bytes. */
export async function savePdf(pdf: NewPdf): Promise<Uint8Array> {
  markPages(pdf.doc, pdf.fonts, pdf.title);
  return pdf.doc.save();
}
