/** Every bundle made or taken in on this install: the record that a bundle id is taken in once. */
import type { BundleKind } from '../../../shared/exchange/bundle.ts';
import type { Db } from '../open-database.ts';

export interface BundleRow {
  readonly id: number;
  readonly bundleId: string;
  readonly direction: 'sent' | 'received';
  readonly kind: BundleKind;
  readonly contactId: number;
  readonly caseId: number | null;
  readonly ourReference: string | null;
  readonly theirReference: string | null;
  readonly inReplyTo: string | null;
  /** What it is about on this side, for example "request:12" or "record:40" or "task:3". */
  readonly subject: string | null;
  readonly sha256: string;
  readonly size: number;
  /** JSON array of lines. */
  readonly summary: string;
  readonly byUser: string;
  readonly at: string;
  /** JSON: what a sent bundle carried (its payload), so a reply can be checked against it; null for one received. */
  readonly sentPayload: string | null;
}

export type NewBundleRow = Omit<BundleRow, 'id' | 'summary' | 'sentPayload'> & {
  readonly summary: readonly string[];
  /** A sent bundle's payload, kept as JSON; left out (or null) for a bundle received. */
  readonly sentPayload?: unknown;
};

const COLUMNS = `b.id, b.bundle_id AS bundleId, b.direction, b.kind, b.contact_id AS contactId, b.case_id AS caseId, b.our_reference AS ourReference,
  b.their_reference AS theirReference, b.in_reply_to AS inReplyTo, b.subject, b.sha256, b.size, b.summary, coalesce(u.name, b.by_user) AS byUser, b.at,
  b.sent_payload AS sentPayload
  FROM exchange_bundles b LEFT JOIN users u ON u.id = b.by_user`;

export function insertBundleRow(db: Db, row: NewBundleRow): number {
  return Number(
    db
      .prepare(
        `INSERT INTO exchange_bundles (bundle_id, direction, kind, contact_id, case_id, our_reference, their_reference, in_reply_to, subject, sha256, size, summary, sent_payload, by_user, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        row.bundleId,
        row.direction,
        row.kind,
        row.contactId,
        row.caseId,
        row.ourReference,
        row.theirReference,
        row.inReplyTo,
        row.subject,
        row.sha256,
        row.size,
        JSON.stringify(row.summary),
        row.sentPayload === undefined || row.sentPayload === null ? null : JSON.stringify(row.sentPayload),
        row.byUser,
        row.at,
      ).lastInsertRowid,
  );
}

export function findBundleRow(db: Db, bundleId: string, direction: 'sent' | 'received'): BundleRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} WHERE b.bundle_id = ? AND b.direction = ?`).get(bundleId, direction) as BundleRow | undefined;
}

export function listBundleRowsForCase(db: Db, caseId: number): BundleRow[] {
  return db.prepare(`SELECT ${COLUMNS} WHERE b.case_id = ? ORDER BY b.at DESC, b.id DESC`).all(caseId) as BundleRow[];
}

/** The latest bundle of this kind about this subject, in this direction. */
export function latestBundleFor(db: Db, direction: 'sent' | 'received', kind: BundleKind, subject: string): BundleRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} WHERE b.direction = ? AND b.kind = ? AND b.subject = ? ORDER BY b.id DESC LIMIT 1`).get(direction, kind, subject) as BundleRow | undefined;
}

/**
 * A bundle taken in is logged before its flow applies it (a task it opens refers to its row);
 * this fills in what the flow did, in the same transaction.
 */
export function completeReceivedRow(db: Db, id: number, done: { caseId: number | null; ourReference: string | null; subject: string | null; summary: readonly string[] }): void {
  db.prepare("UPDATE exchange_bundles SET case_id = ?, our_reference = ?, subject = ?, summary = ? WHERE id = ? AND direction = 'received'").run(
    done.caseId,
    done.ourReference,
    done.subject,
    JSON.stringify(done.summary),
    id,
  );
}
