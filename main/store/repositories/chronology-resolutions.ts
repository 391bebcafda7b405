/**
 * The Business Unit's decisions on rows flagged as one event recorded by several agencies: merge
 * them into one (naming the row whose words stand), or keep them all. A decision is keyed by the
 * ids of the rows it is about, so it applies only while exactly those rows are flagged together.
 */
import type { DuplicateDecision, DuplicateResolution } from '../../../shared/evidence/composite.ts';
import type { Db } from '../open-database.ts';

/** The key of a group of rows: their ids, ascending, joined by commas. */
export function rowIdsKey(rowIds: readonly number[]): string {
  return [...rowIds].sort((a, b) => a - b).join(',');
}

function idsOf(key: string): number[] {
  return key.split(',').map(Number);
}

export function listResolutions(db: Db, caseId: number): DuplicateResolution[] {
  const rows = db.prepare('SELECT row_ids_key AS rowIdsKey, decision, keep_row_id AS keepRowId FROM chronology_resolutions WHERE case_id = ? ORDER BY decided_at, row_ids_key').all(caseId) as {
    rowIdsKey: string;
    decision: DuplicateDecision;
    keepRowId: number | null;
  }[];
  return rows.map((row) => ({ rowIds: idsOf(row.rowIdsKey), decision: row.decision, keepRowId: row.keepRowId }));
}

export function findResolution(db: Db, caseId: number, rowIds: readonly number[]): DuplicateResolution | undefined {
  const row = db.prepare('SELECT decision, keep_row_id AS keepRowId FROM chronology_resolutions WHERE case_id = ? AND row_ids_key = ?').get(caseId, rowIdsKey(rowIds)) as
    | { decision: DuplicateDecision; keepRowId: number | null }
    | undefined;
  return row && { rowIds: idsOf(rowIdsKey(rowIds)), decision: row.decision, keepRowId: row.keepRowId };
}

export function upsertResolution(db: Db, caseId: number, resolution: DuplicateResolution, decidedBy: string, at: string): void {
  db.prepare(
    `INSERT INTO chronology_resolutions (case_id, row_ids_key, decision, keep_row_id, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, row_ids_key) DO UPDATE SET decision = excluded.decision, keep_row_id = excluded.keep_row_id, decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  ).run(caseId, rowIdsKey(resolution.rowIds), resolution.decision, resolution.decision === 'merge' ? resolution.keepRowId : null, decidedBy, at);
}

export function deleteResolution(db: Db, caseId: number, rowIds: readonly number[]): boolean {
  return db.prepare('DELETE FROM chronology_resolutions WHERE case_id = ? AND row_ids_key = ?').run(caseId, rowIdsKey(rowIds)).changes > 0;
}

/** Drops the decisions about any of these rows (they have left the composite, so the decisions can never apply again). */
export function deleteResolutionsTouching(db: Db, caseId: number, rowIds: readonly number[]): number {
  if (rowIds.length === 0) return 0;
  const gone = new Set(rowIds);
  const stale = listResolutions(db, caseId).filter((resolution) => resolution.rowIds.some((id) => gone.has(id)));
  for (const resolution of stale) deleteResolution(db, caseId, resolution.rowIds);
  return stale.length;
}
