/** The installs this one exchanges bundles with, and the state of trust in each. */
import type { ContactState } from '../../../shared/exchange/contacts.ts';
import type { Db } from '../open-database.ts';

export interface StoredContact {
  readonly id: number;
  readonly installId: string;
  readonly organisation: string;
  readonly installName: string;
  readonly sealingPublic: Buffer;
  readonly signingPublic: Buffer;
  /** Compact (no spaces). */
  readonly fingerprint: string;
  readonly state: ContactState;
  readonly addedBy: string;
  readonly addedAt: string;
  readonly confirmedBy: string | null;
  readonly confirmedAt: string | null;
  readonly revokedBy: string | null;
  readonly revokedAt: string | null;
  readonly revokedReason: string;
}

const COLUMNS = `c.id, c.install_id AS installId, c.organisation, c.install_name AS installName, c.sealing_public AS sealingPublic, c.signing_public AS signingPublic,
  c.fingerprint, c.state, coalesce(a.name, c.added_by) AS addedBy, c.added_at AS addedAt, f.name AS confirmedBy, c.confirmed_at AS confirmedAt,
  r.name AS revokedBy, c.revoked_at AS revokedAt, c.revoked_reason AS revokedReason
  FROM exchange_contacts c LEFT JOIN users a ON a.id = c.added_by LEFT JOIN users f ON f.id = c.confirmed_by LEFT JOIN users r ON r.id = c.revoked_by`;

export function listContacts(db: Db): StoredContact[] {
  return db.prepare(`SELECT ${COLUMNS} ORDER BY c.organisation, c.install_name, c.id`).all() as StoredContact[];
}

export function findContact(db: Db, id: number): StoredContact | undefined {
  return db.prepare(`SELECT ${COLUMNS} WHERE c.id = ?`).get(id) as StoredContact | undefined;
}

export function findContactByFingerprint(db: Db, fingerprint: string): StoredContact | undefined {
  return db.prepare(`SELECT ${COLUMNS} WHERE c.fingerprint = ?`).get(fingerprint) as StoredContact | undefined;
}

export function findContactByInstallId(db: Db, installId: string): StoredContact | undefined {
  return db.prepare(`SELECT ${COLUMNS} WHERE c.install_id = ?`).get(installId) as StoredContact | undefined;
}

export interface NewContact {
  readonly installId: string;
  readonly organisation: string;
  readonly installName: string;
  readonly sealingPublic: Buffer;
  readonly signingPublic: Buffer;
  readonly fingerprint: string;
}

export function insertContact(db: Db, contact: NewContact, addedBy: string, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO exchange_contacts (install_id, organisation, install_name, sealing_public, signing_public, fingerprint, state, added_by, added_at)
         VALUES (?, ?, ?, ?, ?, ?, 'unconfirmed', ?, ?)`,
      )
      .run(contact.installId, contact.organisation, contact.installName, contact.sealingPublic, contact.signingPublic, contact.fingerprint, addedBy, at).lastInsertRowid,
  );
}

export function markContactTrusted(db: Db, id: number, by: string, at: string): void {
  db.prepare("UPDATE exchange_contacts SET state = 'trusted', confirmed_by = ?, confirmed_at = ? WHERE id = ?").run(by, at, id);
}

export function markContactRevoked(db: Db, id: number, by: string, at: string, reason: string): void {
  db.prepare("UPDATE exchange_contacts SET state = 'revoked', revoked_by = ?, revoked_at = ?, revoked_reason = ? WHERE id = ?").run(by, at, reason, id);
}
