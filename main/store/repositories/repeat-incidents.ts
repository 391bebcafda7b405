/** Repeat incidents: a case flagged as happening again in the circumstances of an earlier case. */
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import type { Db } from '../open-database.ts';

export interface RepeatIncidentRow {
  readonly id: number;
  readonly earlierCaseId: number;
  readonly earlierReference: string;
  readonly note: string;
  /** The day it was flagged, in England. */
  readonly flaggedOn: string;
  /** The user's name as the users table has it now. */
  readonly flaggedBy: string;
}

const SELECT_REPEAT = `
  SELECT r.id, r.earlier_case_id AS earlierCaseId, c.reference AS earlierReference, r.note, r.flagged_at AS flaggedAt,
         coalesce(u.name, 'a former user') AS flaggedBy
  FROM repeat_incidents r JOIN cases c ON c.id = r.earlier_case_id LEFT JOIN users u ON u.id = r.flagged_by`;

type Row = Omit<RepeatIncidentRow, 'flaggedOn'> & { flaggedAt: string };

function fromRow({ flaggedAt, ...row }: Row): RepeatIncidentRow {
  return { ...row, flaggedOn: todayInLondon(new Date(flaggedAt)) };
}

/** The case's repeat incidents, the most recently flagged first. */
export function listRepeatIncidents(db: Db, caseId: number): RepeatIncidentRow[] {
  return (db.prepare(`${SELECT_REPEAT} WHERE r.case_id = ? ORDER BY r.flagged_at DESC, r.id DESC`).all(caseId) as Row[]).map(fromRow);
}

export function findRepeatIncident(db: Db, caseId: number, id: number): RepeatIncidentRow | undefined {
  const row = db.prepare(`${SELECT_REPEAT} WHERE r.case_id = ? AND r.id = ?`).get(caseId, id) as Row | undefined;
  return row && fromRow(row);
}

export function repeatAlreadyFlagged(db: Db, caseId: number, earlierCaseId: number): boolean {
  return db.prepare('SELECT 1 FROM repeat_incidents WHERE case_id = ? AND earlier_case_id = ?').get(caseId, earlierCaseId) !== undefined;
}

export function insertRepeatIncident(db: Db, row: { caseId: number; earlierCaseId: number; note: string; flaggedBy: string; flaggedAt: string }): number {
  return Number(
    db.prepare('INSERT INTO repeat_incidents (case_id, earlier_case_id, note, flagged_by, flagged_at) VALUES (?, ?, ?, ?, ?)').run(row.caseId, row.earlierCaseId, row.note, row.flaggedBy, row.flaggedAt).lastInsertRowid,
  );
}

export function deleteRepeatIncident(db: Db, id: number): void {
  db.prepare('DELETE FROM repeat_incidents WHERE id = ?').run(id);
}
