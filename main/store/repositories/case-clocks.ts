/** Each case's clocks, each with the due date it was given when it started. */
import type { ClockName } from '../../../shared/reviews/clocks.ts';
import type { StoredClock } from '../../../shared/reviews/clock-status.ts';
import type { Db } from '../open-database.ts';

export function listClocks(db: Db, caseId: number): StoredClock[] {
  return db
    .prepare('SELECT clock, subject, starts_on AS startsOn, due_on AS dueOn, amount, completed_on AS completedOn FROM case_clocks WHERE case_id = ? ORDER BY due_on, clock, subject')
    .all(caseId) as StoredClock[];
}

export function upsertClock(db: Db, caseId: number, clock: StoredClock): void {
  db.prepare(
    `INSERT INTO case_clocks (case_id, clock, subject, starts_on, due_on, amount, completed_on) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, clock, subject) DO UPDATE SET starts_on = excluded.starts_on, due_on = excluded.due_on, amount = excluded.amount, completed_on = excluded.completed_on`,
  ).run(caseId, clock.clock, clock.subject, clock.startsOn, clock.dueOn, clock.amount, clock.completedOn);
}

export function deleteClock(db: Db, caseId: number, clock: ClockName, subject: string): void {
  db.prepare('DELETE FROM case_clocks WHERE case_id = ? AND clock = ? AND subject = ?').run(caseId, clock, subject);
}
