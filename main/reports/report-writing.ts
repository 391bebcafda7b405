/**
 * Saving versions of the report: as written on screen, or as a Word draft imported into its
 * sections. Each version keeps who, when and why. The Word file's name is never kept, nor put
 * in the audit: reviewers often name a draft after the family.
 */
import { reportContent, versionReason, type ReportContent } from '../../shared/reports/report-document.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { readDocxDraft } from '../exports/docx/read-docx.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import type { Session } from '../security/session.ts';
import { reportToWrite } from './report-access.ts';
import { writeReportVersion } from './report-version-write.ts';
import { buildReportsView } from './reports-view.ts';


export async function saveReport(session: Session, reference: string, content: ReportContent, reason: string): Promise<ReportsView> {
  const inHand = reportToWrite(session, reference, 'write this case’s report');
  const checked = parsedOrRefused(reportContent, content, 'content.', 'the report');
  const why = parsedOrRefused(versionReason, reason, 'reason.', 'the reason');
  session.store.change((db, audit) => {
    const version = writeReportVersion(db, inHand.caseId, { content: checked, reason: why, savedBy: session.userId, path: 'content' });
    audit({ actorId: session.userId, action: 'report.saved', recordType: 'case', recordId: inHand.caseId, details: { version } });
  });
  return buildReportsView(session, inHand);
}

/**
 * Reads a Word draft into the report's sections and saves it as a new version. The reader
 * refuses a draft with unresolved tracked changes and drops comments with a warning.
 */
export async function importDocxDraft(session: Session, reference: string, _fileName: string, bytes: Uint8Array, reason: string): Promise<{ view: ReportsView; warnings: string[] }> {
  const inHand = reportToWrite(session, reference, 'import a draft into this case’s report');
  const why = parsedOrRefused(versionReason, reason, 'reason.', 'the reason');
  const read = await readDocxDraft(bytes);
  // The reader's sections pass the same limits as a report written on screen.
  const content = parsedOrRefused(reportContent, read.content, 'contentBase64.', 'the imported draft');
  session.store.change((db, audit) => {
    const version = writeReportVersion(db, inHand.caseId, { content, reason: why, savedBy: session.userId, path: 'contentBase64' });
    audit({ actorId: session.userId, action: 'report.imported', recordType: 'case', recordId: inHand.caseId, details: { version, warnings: read.warnings.length } });
  });
  return { view: await buildReportsView(session, inHand), warnings: read.warnings };
}
