/** PLACEHOLDER (helper C1): a printable document as a .docx. */
import type { PrintableDocument, PrintMarking } from '../../../shared/reports/report-document.ts';

export async function renderReportDocx(_document: PrintableDocument, _marking: PrintMarking): Promise<Uint8Array> {
  throw new Error('not built yet');
}
