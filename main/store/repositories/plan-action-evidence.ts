/**
 * The files of evidence of impact linked to each action: case documents, never an agency's
 * secured files (which the Business Unit cannot open). One document may be evidence for more
 * than one action.
 */
import type { Db } from '../open-database.ts';

export interface LinkedEvidenceFile {
  readonly actionId: number;
  readonly documentId: number;
  readonly name: string;
  readonly size: number;
  readonly addedAt: string;
}

/** True when the link is new. */
export function linkEvidence(db: Db, actionId: number, documentId: number): boolean {
  return db.prepare('INSERT OR IGNORE INTO plan_action_evidence (action_id, document_id) VALUES (?, ?)').run(actionId, documentId).changes > 0;
}

/** Every linked file of the case's actions, oldest document first. */
export function listCaseEvidence(db: Db, caseId: number): LinkedEvidenceFile[] {
  return db
    .prepare(
      `SELECT e.action_id AS actionId, d.id AS documentId, d.name, d.size, d.added_at AS addedAt
       FROM plan_action_evidence e JOIN plan_actions a ON a.id = e.action_id JOIN case_documents d ON d.id = e.document_id
       WHERE a.case_id = ? ORDER BY d.added_at, d.id`,
    )
    .all(caseId) as LinkedEvidenceFile[];
}

export function countEvidence(db: Db, actionId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM plan_action_evidence WHERE action_id = ?').get(actionId) as { n: number }).n;
}
