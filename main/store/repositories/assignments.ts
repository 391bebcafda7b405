import type { Assignment, Role } from '../../../shared/roles.ts';
import type { Db } from '../open-database.ts';

export interface AssignmentRecord extends Assignment {
  readonly id: number;
  readonly caseReference: string | null;
  readonly startedAt: string;
}

export function activeAssignments(db: Db, userId: string): AssignmentRecord[] {
  return db
    .prepare(
      `SELECT a.id, a.role, a.case_id AS caseId, c.reference AS caseReference, o.name AS agency, a.started_at AS startedAt
       FROM assignments a LEFT JOIN cases c ON c.id = a.case_id LEFT JOIN organisations o ON o.id = a.agency_id
       WHERE a.user_id = ? AND a.ended_at IS NULL ORDER BY a.id`,
    )
    .all(userId) as AssignmentRecord[];
}

export function insertAssignment(db: Db, assignment: { userId: string; role: Role; caseId: number | null; agencyId: number | null; startedAt: string }): number {
  const result = db
    .prepare('INSERT INTO assignments (user_id, role, case_id, agency_id, started_at) VALUES (?, ?, ?, ?, ?)')
    .run(assignment.userId, assignment.role, assignment.caseId, assignment.agencyId, assignment.startedAt);
  return Number(result.lastInsertRowid);
}

export function endAssignments(db: Db, userId: string, at: string): number {
  return db.prepare('UPDATE assignments SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL').run(at, userId).changes;
}

export function countActiveAdministrators(db: Db): number {
  const row = db
    .prepare(
      `SELECT count(DISTINCT a.user_id) AS n FROM assignments a JOIN users u ON u.id = a.user_id
       WHERE a.role = 'administrator' AND a.ended_at IS NULL AND u.status = 'active'`,
    )
    .get() as { n: number };
  return row.n;
}
