/**
 * The learning themes tagged on each case. A case is its referral and its review, so one tag
 * counts for both; who tagged it and when are kept.
 */
import type { CaseKind, CaseStage } from '../../../shared/case-kinds.ts';
import type { Db } from '../open-database.ts';

export function themeIdsOfCase(db: Db, caseId: number): number[] {
  return (db.prepare('SELECT theme_id AS id FROM case_themes WHERE case_id = ? ORDER BY theme_id').all(caseId) as { id: number }[]).map((row) => row.id);
}

/** Makes the case's set exactly `themeIds`; a tag kept keeps who added it and when. */
export function replaceCaseThemes(db: Db, caseId: number, themeIds: readonly number[], taggedBy: string, taggedAt: string): void {
  const keep = new Set(themeIds);
  const remove = db.prepare('DELETE FROM case_themes WHERE case_id = ? AND theme_id = ?');
  for (const id of themeIdsOfCase(db, caseId)) if (!keep.has(id)) remove.run(caseId, id);
  const add = db.prepare('INSERT OR IGNORE INTO case_themes (case_id, theme_id, tagged_by, tagged_at) VALUES (?, ?, ?, ?)');
  for (const id of keep) add.run(caseId, id, taggedBy, taggedAt);
}

/** One tag with the case it is on, for the themes view. */
export interface ThemedCaseRow {
  readonly themeId: number;
  readonly caseId: number;
  readonly reference: string;
  readonly kind: CaseKind;
  readonly stage: CaseStage;
  readonly referralDate: string;
}

/** Every tag on every case in one statement, the latest referral first. */
export function listThemedCases(db: Db): ThemedCaseRow[] {
  return db
    .prepare(
      `SELECT ct.theme_id AS themeId, c.id AS caseId, c.reference, c.kind, c.stage, c.referral_date AS referralDate
       FROM case_themes ct JOIN cases c ON c.id = ct.case_id
       ORDER BY c.referral_date DESC, c.reference`,
    )
    .all() as ThemedCaseRow[];
}

/** Case id → the names of the themes tagged on it, by name. */
export function themeNamesByCase(db: Db): Map<number, string[]> {
  const rows = db.prepare('SELECT ct.case_id AS caseId, t.name FROM case_themes ct JOIN learning_themes t ON t.id = ct.theme_id ORDER BY t.name COLLATE NOCASE').all() as { caseId: number; name: string }[];
  const names = new Map<number, string[]>();
  for (const row of rows) names.set(row.caseId, [...(names.get(row.caseId) ?? []), row.name]);
  return names;
}
