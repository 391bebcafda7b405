/**
 * Records whose current entry came signed from another install (a panel member's decision, a
 * partner's endorsement, a declaration of interest), and the earlier entries those replaced.
 */
import type { Db } from '../open-database.ts';

export interface RecordVersion {
  readonly recordId: number;
  readonly data: unknown;
  /** The name of whoever made the replaced entry, as it was known then. */
  readonly enteredBy: string;
  readonly enteredAt: string;
  readonly replacedAt: string;
  readonly replacedByBundle: string | null;
}

export function insertRecordVersion(db: Db, version: RecordVersion): number {
  return Number(
    db
      .prepare('INSERT INTO case_record_versions (record_id, data, entered_by, entered_at, replaced_at, replaced_by_bundle) VALUES (?, ?, ?, ?, ?, ?)')
      .run(version.recordId, JSON.stringify(version.data), version.enteredBy, version.enteredAt, version.replacedAt, version.replacedByBundle).lastInsertRowid,
  );
}

export interface SignedEntry {
  readonly recordId: number;
  readonly bundleId: string;
  readonly contactId: number;
  readonly signedBy: string;
  readonly signedAt: string;
}

/** A later signed decision for the same record takes the place of the earlier one. */
export function upsertSignedRecord(db: Db, entry: SignedEntry): void {
  db.prepare(
    `INSERT INTO signed_records (record_id, bundle_id, contact_id, signed_by, signed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (record_id) DO UPDATE SET bundle_id = excluded.bundle_id, contact_id = excluded.contact_id, signed_by = excluded.signed_by, signed_at = excluded.signed_at`,
  ).run(entry.recordId, entry.bundleId, entry.contactId, entry.signedBy, entry.signedAt);
}

export function findSignedRecord(db: Db, recordId: number): SignedEntry | undefined {
  return db.prepare('SELECT record_id AS recordId, bundle_id AS bundleId, contact_id AS contactId, signed_by AS signedBy, signed_at AS signedAt FROM signed_records WHERE record_id = ?').get(recordId) as
    | SignedEntry
    | undefined;
}

export interface CurrentSignature {
  readonly recordId: number;
  readonly by: string;
  readonly organisation: string;
  readonly installName: string;
  readonly signedAt: string;
}

/**
 * The case's records whose current entry is still the signed one. Taking a signed decision in
 * stamps the record's updated_at and the replaced version's replaced_at with the same instant,
 * so a record changed here afterwards (no longer the person's own words) drops out.
 */
export function currentSignatures(db: Db, caseId: number): CurrentSignature[] {
  return db
    .prepare(
      `SELECT s.record_id AS recordId, s.signed_by AS "by", c.organisation, c.install_name AS installName, s.signed_at AS signedAt
       FROM signed_records s
       JOIN case_records r ON r.id = s.record_id
       JOIN exchange_contacts c ON c.id = s.contact_id
       JOIN case_record_versions v ON v.record_id = s.record_id AND v.replaced_by_bundle = s.bundle_id
       WHERE r.case_id = ? AND r.updated_at = v.replaced_at`,
    )
    .all(caseId) as CurrentSignature[];
}
