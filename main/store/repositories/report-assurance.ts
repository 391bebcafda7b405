/**
 * The assurance checklist's completions: one per signer (chair, lead reviewer) per case, its
 * answers as one JSON document. Completing it again replaces that signer's completion.
 */
import type { AssuranceSigner } from '../../../shared/reports/assurance.ts';
import type { Db } from '../open-database.ts';

export interface StoredAssurance {
  readonly signer: AssuranceSigner;
  readonly name: string;
  /** JSON: [{ key, answer, comment }] in the checklist's order. */
  readonly answers: string;
  /** The name of the user who recorded it. */
  readonly completedBy: string;
  readonly completedAt: string;
}

export function listAssurance(db: Db, caseId: number): StoredAssurance[] {
  return db
    .prepare(
      `SELECT a.signer, a.name, a.answers, coalesce(u.name, 'a former user') AS completedBy, a.completed_at AS completedAt
       FROM report_assurance a LEFT JOIN users u ON u.id = a.completed_by WHERE a.case_id = ?
       ORDER BY CASE a.signer WHEN 'chair' THEN 0 ELSE 1 END`,
    )
    .all(caseId) as StoredAssurance[];
}

export function upsertAssurance(db: Db, caseId: number, row: { signer: AssuranceSigner; name: string; answers: string; completedBy: string; completedAt: string }): void {
  db.prepare(
    `INSERT INTO report_assurance (case_id, signer, name, answers, completed_by, completed_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, signer) DO UPDATE SET name = excluded.name, answers = excluded.answers, completed_by = excluded.completed_by, completed_at = excluded.completed_at`,
  ).run(caseId, row.signer, row.name, row.answers, row.completedBy, row.completedAt);
}
