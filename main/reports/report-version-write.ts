/**
 * Writing a new version of a case's report, for every way one is made (saved on screen,
 * imported from Word, a finding pulled in): the next number, who, when and why, and never a
 * version identical to the one before it. Call inside the store change that audits it.
 */
import { AppError } from '../../shared/errors.ts';
import { emptyReportContent, type ReportContent } from '../../shared/reports/report-document.ts';
import type { Db } from '../store/open-database.ts';
import { insertReportVersion } from '../store/repositories/report-versions.ts';
import { currentReport } from './report-data.ts';

/** JSON with object keys sorted, so two contents compare equal whatever order their keys were built in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

export interface NewVersion {
  readonly content: ReportContent;
  readonly reason: string;
  readonly savedBy: string;
  /** Where a form shows the refusal when nothing changed ("content", "contentBase64"). */
  readonly path: string;
}

/** The new version's number; refused when the content is what the current version (or an empty report) already holds. */
export function writeReportVersion(db: Db, caseId: number, version: NewVersion): number {
  const current = currentReport(db, caseId);
  const json = canonicalJson(version.content);
  if (json === canonicalJson(current?.content ?? emptyReportContent())) {
    const message = current === null ? 'Nothing has been written yet: the report is empty. Add some text before saving a version.' : `Nothing has changed since version ${current.version}. Make a change before saving a new version.`;
    throw new AppError('INVALID_INPUT', message, [{ path: version.path, message }]);
  }
  return insertReportVersion(db, caseId, { content: json, savedBy: version.savedBy, savedAt: new Date().toISOString(), reason: version.reason });
}
