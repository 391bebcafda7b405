/** The family's feedback on whether a review was sensitive to them, as many times as they give it. */
import type { FamilySensitivity } from '../../../shared/learning/learning.ts';
import type { Db } from '../open-database.ts';

export interface FamilyFeedbackRow {
  readonly id: number;
  readonly receivedOn: string;
  readonly sensitive: FamilySensitivity;
  readonly comments: string;
}

export interface FamilyFeedbackRecord {
  readonly receivedOn: string;
  readonly sensitive: FamilySensitivity;
  readonly comments: string;
}

const SELECT_FEEDBACK = 'SELECT id, received_on AS receivedOn, sensitive, comments FROM family_feedback';

/** The latest given first. */
export function listFamilyFeedback(db: Db, caseId: number): FamilyFeedbackRow[] {
  return db.prepare(`${SELECT_FEEDBACK} WHERE case_id = ? ORDER BY received_on DESC, id DESC`).all(caseId) as FamilyFeedbackRow[];
}

export function findFamilyFeedback(db: Db, caseId: number, id: number): FamilyFeedbackRow | undefined {
  return db.prepare(`${SELECT_FEEDBACK} WHERE case_id = ? AND id = ?`).get(caseId, id) as FamilyFeedbackRow | undefined;
}

export function insertFamilyFeedback(db: Db, caseId: number, feedback: FamilyFeedbackRecord, recordedBy: string, recordedAt: string): number {
  return Number(
    db
      .prepare('INSERT INTO family_feedback (case_id, received_on, sensitive, comments, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(caseId, feedback.receivedOn, feedback.sensitive, feedback.comments, recordedBy, recordedAt).lastInsertRowid,
  );
}

export function updateFamilyFeedback(db: Db, id: number, feedback: FamilyFeedbackRecord): void {
  db.prepare('UPDATE family_feedback SET received_on = ?, sensitive = ?, comments = ? WHERE id = ?').run(feedback.receivedOn, feedback.sensitive, feedback.comments, id);
}
