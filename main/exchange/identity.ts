/**
 * This install's identity: its keys (made by migration 007, so at `init` for a new store), its
 * organisation and install name as others see them, and the fingerprint people read aloud.
 */
import { groupFingerprint, type IdentityInput, type IdentityView } from '../../shared/exchange/contacts.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { fingerprintOf } from './fingerprint.ts';

export interface StoredIdentity {
  readonly installId: string;
  readonly organisation: string;
  readonly installName: string;
  readonly sealingPublic: Buffer;
  readonly sealingPrivate: Buffer;
  readonly signingPublic: Buffer;
  readonly signingPrivate: Buffer;
  readonly createdAt: string;
  /** Compact (no spaces). */
  readonly fingerprint: string;
}

export function readIdentity(db: Db): StoredIdentity {
  const row = db
    .prepare(
      `SELECT install_id AS installId, organisation, install_name AS installName, sealing_public AS sealingPublic, sealing_private AS sealingPrivate,
              signing_public AS signingPublic, signing_private AS signingPrivate, created_at AS createdAt FROM install_identity WHERE id = 1`,
    )
    .get() as Omit<StoredIdentity, 'fingerprint'>;
  return { ...row, fingerprint: fingerprintOf(row.sealingPublic, row.signingPublic) };
}

export function viewOfIdentity(identity: StoredIdentity): IdentityView {
  return { installId: identity.installId, organisation: identity.organisation, installName: identity.installName, fingerprint: groupFingerprint(identity.fingerprint), createdAt: identity.createdAt };
}

/** Names this install as its contacts will see it. Administrators only; audited. */
export function setIdentity(session: Session, input: IdentityInput): void {
  session.authorise('settings.manage', 'name this install');
  session.store.change((db, audit) => {
    db.prepare('UPDATE install_identity SET organisation = ?, install_name = ? WHERE id = 1').run(input.organisation, input.installName);
    audit({ actorId: session.userId, action: 'exchange.identity-named', recordType: 'store', recordId: session.store.storeId, details: { organisation: input.organisation, installName: input.installName } });
  });
}
