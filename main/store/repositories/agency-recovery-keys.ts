/**
 * Each agency's recovery public key on this install. The private half left the app once, as
 * the agency's recovery code, so nothing here opens an agency's files.
 */
import type { Db } from '../open-database.ts';

export interface AgencyRecoveryKey {
  readonly organisationId: number;
  readonly publicKey: Buffer;
  readonly madeAt: string;
  readonly madeBy: string;
}

export function findAgencyRecoveryKey(db: Db, organisationId: number): AgencyRecoveryKey | undefined {
  return db
    .prepare('SELECT organisation_id AS organisationId, public_key AS publicKey, made_at AS madeAt, made_by AS madeBy FROM agency_recovery_keys WHERE organisation_id = ?')
    .get(organisationId) as AgencyRecoveryKey | undefined;
}

export function insertAgencyRecoveryKey(db: Db, key: AgencyRecoveryKey): void {
  db.prepare('INSERT INTO agency_recovery_keys (organisation_id, public_key, made_at, made_by) VALUES (?, ?, ?, ?)').run(key.organisationId, key.publicKey, key.madeAt, key.madeBy);
}
