/**
 * The nominated-representative assignment of one case and agency: at most one active at a
 * time (the unique index in migration 001). Setting up a secured set gives it; changing the
 * set's representative moves it.
 */
import type { Db } from '../open-database.ts';

export interface RepresentativeAssignment {
  readonly id: number;
  readonly userId: string;
  readonly userName: string;
}

export function activeRepresentative(db: Db, caseId: number, organisationId: number): RepresentativeAssignment | undefined {
  return db
    .prepare(
      `SELECT a.id, a.user_id AS userId, u.name AS userName FROM assignments a JOIN users u ON u.id = a.user_id
       WHERE a.role = 'nominated-representative' AND a.ended_at IS NULL AND a.case_id = ? AND a.agency_id = ?`,
    )
    .get(caseId, organisationId) as RepresentativeAssignment | undefined;
}

export function endAssignment(db: Db, assignmentId: number, at: string): void {
  db.prepare('UPDATE assignments SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(at, assignmentId);
}
