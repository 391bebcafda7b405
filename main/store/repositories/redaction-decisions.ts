/**
 * The reviewer's decisions on identifiers the detectors found: accept (redact) or dismiss (with
 * a reason), each for one value at one place of one document. Deciding again replaces it.
 */
import type { IdentifierKind, RedactedDocument } from '../../../shared/reports/redaction.ts';
import type { Db } from '../open-database.ts';

export interface StoredDecision {
  readonly document: RedactedDocument;
  readonly kind: IdentifierKind;
  readonly value: string;
  readonly place: string;
  readonly decision: 'accept' | 'dismiss';
  readonly reason: string;
  /** The decider's name as the users table has it now. */
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export interface NewDecision {
  readonly document: RedactedDocument;
  readonly kind: IdentifierKind;
  readonly value: string;
  readonly place: string;
  readonly decision: 'accept' | 'dismiss';
  readonly reason: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export function listDecisions(db: Db, caseId: number, document: RedactedDocument): StoredDecision[] {
  return db
    .prepare(
      `SELECT d.document, d.kind, d.value, d.place, d.decision, d.reason, coalesce(u.name, 'a former user') AS decidedBy, d.decided_at AS decidedAt
       FROM redaction_decisions d LEFT JOIN users u ON u.id = d.decided_by WHERE d.case_id = ? AND d.document = ? ORDER BY d.id`,
    )
    .all(caseId, document) as StoredDecision[];
}

export function upsertDecision(db: Db, caseId: number, row: NewDecision): void {
  db.prepare(
    `INSERT INTO redaction_decisions (case_id, document, kind, value, place, decision, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, document, kind, value, place) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  ).run(caseId, row.document, row.kind, row.value, row.place, row.decision, row.reason, row.decidedBy, row.decidedAt);
}
