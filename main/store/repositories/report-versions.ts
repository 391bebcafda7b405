/**
 * A case's report, kept whole at every saved version with who saved it, when and why. The
 * highest version is the current one; nothing is ever overwritten.
 */
import type { Db } from '../open-database.ts';

export interface StoredReportVersion {
  readonly version: number;
  /** The content as saved: JSON of shared/reports/report-document.ts `reportContent`. */
  readonly content: string;
  readonly savedAt: string;
  readonly reason: string;
}

export interface ReportVersionListing {
  readonly version: number;
  /** The saver's name as the users table has it now. */
  readonly savedBy: string;
  readonly savedAt: string;
  readonly reason: string;
}

export function latestReportVersion(db: Db, caseId: number): StoredReportVersion | undefined {
  return db.prepare('SELECT version, content, saved_at AS savedAt, reason FROM report_versions WHERE case_id = ? ORDER BY version DESC LIMIT 1').get(caseId) as StoredReportVersion | undefined;
}

/** Every version, newest first, without the content (a long report's versions add up). */
export function listReportVersions(db: Db, caseId: number): ReportVersionListing[] {
  return db
    .prepare(
      `SELECT v.version, coalesce(u.name, 'a former user') AS savedBy, v.saved_at AS savedAt, v.reason
       FROM report_versions v LEFT JOIN users u ON u.id = v.saved_by WHERE v.case_id = ? ORDER BY v.version DESC`,
    )
    .all(caseId) as ReportVersionListing[];
}

/** Writes the next version (one above the highest) and returns its number. */
export function insertReportVersion(db: Db, caseId: number, row: { content: string; savedBy: string; savedAt: string; reason: string }): number {
  const { next } = db.prepare('SELECT coalesce(max(version), 0) + 1 AS next FROM report_versions WHERE case_id = ?').get(caseId) as { next: number };
  db.prepare('INSERT INTO report_versions (case_id, version, content, saved_by, saved_at, reason) VALUES (?, ?, ?, ?, ?, ?)').run(caseId, next, row.content, row.savedBy, row.savedAt, row.reason);
  return next;
}
