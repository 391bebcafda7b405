/** Learning events and reflective sessions, with their attendance and what participants said. */
import type { LearningEventKind, LearningEventView } from '../../../shared/learning/learning.ts';
import type { Db } from '../open-database.ts';

export interface LearningEventRecord {
  readonly kind: LearningEventKind;
  readonly title: string;
  readonly heldOn: string;
  readonly audience: string;
  /** The review it shares learning from, or null for a theme or the partnership as a whole. */
  readonly caseId: number | null;
  readonly attendance: number;
  readonly feedbackResponses: number;
  readonly understandBetter: number;
  readonly notes: string;
}

const SELECT_EVENT = `
  SELECT e.id, e.kind, e.title, e.held_on AS heldOn, e.audience, coalesce(c.reference, '') AS reference, e.attendance,
         e.feedback_responses AS feedbackResponses, e.understand_better AS understandBetter, e.notes
  FROM learning_events e LEFT JOIN cases c ON c.id = e.case_id`;

/** The latest held first; with `caseId`, only those sharing that case's learning. */
export function listLearningEvents(db: Db, caseId: number | null = null): LearningEventView[] {
  const where = caseId === null ? '' : 'WHERE e.case_id = ?';
  return db.prepare(`${SELECT_EVENT} ${where} ORDER BY e.held_on DESC, e.id DESC`).all(...(caseId === null ? [] : [caseId])) as LearningEventView[];
}

export function learningEventExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM learning_events WHERE id = ?').get(id) !== undefined;
}

export function insertLearningEvent(db: Db, event: LearningEventRecord, recordedBy: string, recordedAt: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO learning_events (kind, title, held_on, audience, case_id, attendance, feedback_responses, understand_better, notes, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(event.kind, event.title, event.heldOn, event.audience, event.caseId, event.attendance, event.feedbackResponses, event.understandBetter, event.notes, recordedBy, recordedAt).lastInsertRowid,
  );
}

/** The whole event as now entered; the one who recorded it first stays recorded. */
export function updateLearningEvent(db: Db, id: number, event: LearningEventRecord): void {
  db.prepare(
    `UPDATE learning_events SET kind = ?, title = ?, held_on = ?, audience = ?, case_id = ?, attendance = ?, feedback_responses = ?, understand_better = ?, notes = ? WHERE id = ?`,
  ).run(event.kind, event.title, event.heldOn, event.audience, event.caseId, event.attendance, event.feedbackResponses, event.understandBetter, event.notes, id);
}
