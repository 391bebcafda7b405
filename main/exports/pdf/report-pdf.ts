/** PLACEHOLDER (helper B): a printable document as a PDF. */
import type { Block, PrintableDocument, PrintMarking } from '../../../shared/reports/report-document.ts';

export async function renderReportPdf(_document: PrintableDocument, _marking: PrintMarking): Promise<{ bytes: Uint8Array; pages: number }> {
  throw new Error('not built yet');
}

/** How many A4 pages the executive summary takes as rendered in the report. */
export async function executiveSummaryPages(_blocks: readonly Block[]): Promise<number> {
  throw new Error('not built yet');
}
