/** Each case's records: one JSON document per referral, meeting, decision …, with who entered it and when. */
import type { RecordType } from '../../../shared/reviews/records.ts';
import type { Db } from '../open-database.ts';

export interface StoredRecord {
  readonly id: number;
  readonly caseId: number;
  readonly type: RecordType;
  readonly data: Record<string, unknown>;
  readonly enteredBy: string;
  readonly enteredAt: string;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

interface RecordRow {
  id: number;
  caseId: number;
  type: RecordType;
  data: string;
  enteredBy: string;
  enteredAt: string;
  updatedBy: string | null;
  updatedAt: string | null;
}

const SELECT_RECORD = `SELECT id, case_id AS caseId, type, data, entered_by AS enteredBy, entered_at AS enteredAt, updated_by AS updatedBy, updated_at AS updatedAt FROM case_records`;

function fromRow(row: RecordRow): StoredRecord {
  return { ...row, data: JSON.parse(row.data) as Record<string, unknown> };
}

/** In the order they were entered. */
export function listRecords(db: Db, caseId: number): StoredRecord[] {
  return (db.prepare(`${SELECT_RECORD} WHERE case_id = ? ORDER BY id`).all(caseId) as RecordRow[]).map(fromRow);
}

export function findRecord(db: Db, id: number): StoredRecord | undefined {
  const row = db.prepare(`${SELECT_RECORD} WHERE id = ?`).get(id) as RecordRow | undefined;
  return row && fromRow(row);
}

export function findSingleton(db: Db, caseId: number, type: RecordType): StoredRecord | undefined {
  const row = db.prepare(`${SELECT_RECORD} WHERE case_id = ? AND type = ?`).get(caseId, type) as RecordRow | undefined;
  return row && fromRow(row);
}

export function insertRecord(
  db: Db,
  record: { caseId: number; type: RecordType; data: unknown; enteredBy: string; enteredAt: string; updatedBy?: string | null; updatedAt?: string | null },
): number {
  return Number(
    db
      .prepare('INSERT INTO case_records (case_id, type, data, entered_by, entered_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(record.caseId, record.type, JSON.stringify(record.data), record.enteredBy, record.enteredAt, record.updatedBy ?? null, record.updatedAt ?? null).lastInsertRowid,
  );
}

export function updateRecord(db: Db, id: number, change: { data: unknown; updatedBy: string; updatedAt: string }): void {
  db.prepare('UPDATE case_records SET data = ?, updated_by = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(change.data), change.updatedBy, change.updatedAt, id);
}

/** A record removed takes its earlier entries and its signature with it; the audit chain keeps their story. */
export function deleteRecord(db: Db, id: number): void {
  db.prepare('DELETE FROM case_record_versions WHERE record_id = ?').run(id);
  db.prepare('DELETE FROM signed_records WHERE record_id = ?').run(id);
  db.prepare('DELETE FROM case_records WHERE id = ?').run(id);
}

/** Rewrites a record's data without marking it as changed by a person (renumbering on import). */
export function replaceRecordData(db: Db, id: number, data: unknown): void {
  db.prepare('UPDATE case_records SET data = ? WHERE id = ?').run(JSON.stringify(data), id);
}
