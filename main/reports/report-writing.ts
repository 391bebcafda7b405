/** PLACEHOLDER (helper D): saving versions of the report, and a Word draft imported as one. */
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import type { ReportContent } from '../../shared/reports/report-document.ts';
import type { Session } from '../security/session.ts';

export async function saveReport(_session: Session, _reference: string, _content: ReportContent, _reason: string): Promise<ReportsView> {
  throw new Error('not built yet');
}

export async function importDocxDraft(_session: Session, _reference: string, _fileName: string, _bytes: Uint8Array, _reason: string): Promise<{ view: ReportsView; warnings: string[] }> {
  throw new Error('not built yet');
}
