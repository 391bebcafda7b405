/** PLACEHOLDER (helper C2): a Word draft read into the report's sections. */
import type { ReportContent } from '../../../shared/reports/report-document.ts';

/** Throws AppError FILE_REFUSED naming where any tracked change is; comments dropped with a warning. */
export async function readDocxDraft(_bytes: Uint8Array): Promise<{ content: ReportContent; warnings: string[] }> {
  throw new Error('not built yet');
}
