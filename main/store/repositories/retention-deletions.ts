/**
 * The record of what retention deleted (migration 010): one row per deletion, by identifier and
 * count only — the rule, the case's id and reference, rows removed by table, how many audit
 * details were erased, who and when, and the audit event that records it.
 */
import type { DeletingRule } from '../../../shared/retention/retention-rules.ts';
import type { Db } from '../open-database.ts';

export interface NewDeletion {
  readonly rule: DeletingRule;
  readonly recordType: string;
  readonly recordId: string;
  readonly caseId: number;
  readonly caseReference: string;
  readonly deletedAt: string;
  readonly deletedBy: string;
  readonly eventSeq: number;
  readonly rowsDeleted: Readonly<Record<string, number>>;
  readonly detailsErased: number;
}

export interface StoredDeletion {
  readonly id: number;
  readonly rule: DeletingRule;
  readonly caseReference: string;
  readonly deletedAt: string;
  /** The deleting person's name as the users table has it now. */
  readonly deletedBy: string;
  readonly rowsDeleted: Record<string, number>;
  readonly detailsErased: number;
}

export function insertDeletion(db: Db, row: NewDeletion): number {
  return Number(
    db
      .prepare(
        `INSERT INTO retention_deletions (rule, record_type, record_id, case_id, case_reference, deleted_at, deleted_by, event_seq, rows_deleted, details_erased)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(row.rule, row.recordType, row.recordId, row.caseId, row.caseReference, row.deletedAt, row.deletedBy, row.eventSeq, JSON.stringify(row.rowsDeleted), row.detailsErased).lastInsertRowid,
  );
}

interface Row {
  id: number;
  rule: DeletingRule;
  caseReference: string;
  deletedAt: string;
  deletedBy: string;
  rowsDeleted: string;
  detailsErased: number;
}

const SELECT = `
  SELECT r.id, r.rule, r.case_reference AS caseReference, r.deleted_at AS deletedAt, coalesce(u.name, 'a former user') AS deletedBy,
         r.rows_deleted AS rowsDeleted, r.details_erased AS detailsErased
  FROM retention_deletions r LEFT JOIN users u ON u.id = r.deleted_by`;

function fromRow(row: Row): StoredDeletion {
  return { ...row, rowsDeleted: JSON.parse(row.rowsDeleted) as Record<string, number> };
}

/** Newest first. */
export function listDeletions(db: Db): StoredDeletion[] {
  return (db.prepare(`${SELECT} ORDER BY r.deleted_at DESC, r.id DESC`).all() as Row[]).map(fromRow);
}

export function findDeletion(db: Db, id: number): StoredDeletion | undefined {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as Row | undefined;
  return row && fromRow(row);
}
