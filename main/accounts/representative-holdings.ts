/**
 * The secured files a person holds as an agency's nominated representative, and which of them
 * are still sealed to a key pair they no longer hold.
 *
 * A passphrase reset gives the person a new key pair; each file key was sealed to the old one.
 * Which files those are is read from the audit trail, whose events cannot be changed or taken
 * out: a file's key is sealed to the representative when the file is placed ("secured.placed"),
 * and every file of the set again when the set is handed over or re-sealed with the agency's
 * recovery code ("secured.representative-changed"). A file sealed before the representative's
 * last reset ("user.passphrase-reset"), and not since, is sealed to the old key.
 */
import type { RepresentativeHolding } from '../../shared/accounts/accounts.ts';
import { SECURED_FILE_RECORD, SECURED_SET_RECORD } from '../../shared/vault/access-log.ts';
import type { Db } from '../store/open-database.ts';

export const PASSPHRASE_RESET_ACTION = 'user.passphrase-reset';

export interface Reset {
  readonly seq: number;
  readonly at: string;
}

/** Each user's last passphrase reset, from one pass over the audit trail. */
export function lastResets(db: Db): Map<string, Reset> {
  const rows = db
    .prepare(`SELECT record_id AS userId, max(seq) AS seq, at FROM audit_events WHERE action = ? AND record_type = 'user' GROUP BY record_id`)
    .all(PASSPHRASE_RESET_ACTION) as { userId: string; seq: number; at: string }[];
  return new Map(rows.map((row) => [row.userId, { seq: row.seq, at: row.at }]));
}

export function lastReset(db: Db, userId: string): Reset | undefined {
  return db.prepare(`SELECT seq, at FROM audit_events WHERE action = ? AND record_type = 'user' AND record_id = ? ORDER BY seq DESC LIMIT 1`).get(PASSPHRASE_RESET_ACTION, userId) as
    | Reset
    | undefined;
}

/** The stored files of the set whose representative's key is older than their last reset: none if there was no reset. */
export function filesToReseal(db: Db, setId: number, reset: Reset | undefined): number {
  if (reset === undefined) return 0;
  // Only events after the reset are read, by their sequence number (the table's own key).
  const resealedSince = db
    .prepare(`SELECT 1 FROM audit_events WHERE seq > ? AND action = 'secured.representative-changed' AND record_type = ? AND record_id = ? LIMIT 1`)
    .get(reset.seq, SECURED_SET_RECORD, String(setId));
  if (resealedSince !== undefined) return 0;
  const placedSince = new Set(
    (
      db.prepare(`SELECT record_id AS recordId FROM audit_events WHERE seq > ? AND action = 'secured.placed' AND record_type = ? AND record_id LIKE ?`).all(reset.seq, SECURED_FILE_RECORD, `${setId}:%`) as {
        recordId: string;
      }[]
    ).map((row) => Number(row.recordId.slice(row.recordId.indexOf(':') + 1))),
  );
  const stored = db.prepare(`SELECT id FROM secured_files WHERE set_id = ? AND state = 'stored'`).pluck().all(setId) as number[];
  return stored.filter((fileId) => !placedSince.has(fileId)).length;
}

/** The sets (not destroyed) the user is the representative of, with files; case by case, agency by agency. */
export function holdingsOf(db: Db, userId: string, reset: Reset | undefined = lastReset(db, userId)): RepresentativeHolding[] {
  const sets = db
    .prepare(
      `SELECT s.id, c.reference, o.name AS agency, s.state,
              (SELECT count(*) FROM secured_files f WHERE f.set_id = s.id AND f.state = 'stored') AS files
       FROM secured_sets s JOIN cases c ON c.id = s.case_id JOIN organisations o ON o.id = s.organisation_id
       WHERE s.representative_id = ? AND s.state != 'destroyed'
       ORDER BY c.reference, o.name COLLATE NOCASE`,
    )
    .all(userId) as { id: number; reference: string; agency: string; state: 'active' | 'released'; files: number }[];
  return sets
    .filter((set) => set.files > 0)
    .map((set) => ({ reference: set.reference, agency: set.agency, state: set.state, files: set.files, filesToReseal: filesToReseal(db, set.id, reset) }));
}
