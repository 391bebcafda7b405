/**
 * Several real installs in one test: each its own SQLCipher store with its own identity, and
 * contacts between them trusted as a person would after reading fingerprints over the phone.
 * The contacts service has its own tests; here trust is written straight into each store (with
 * its audit event) so the flows' tests do not depend on the contacts screens.
 */
import { readIdentity } from '../../../main/exchange/identity.ts';
import type { Session } from '../../../main/security/session.ts';
import { insertContact, markContactTrusted } from '../../../main/store/repositories/exchange-contacts.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

export interface Install {
  readonly temp: TempStore;
  readonly session: Session;
  readonly organisation: string;
}

export async function makeInstall(organisation: string, installName: string): Promise<Install> {
  const temp = await makeTempStore();
  temp.session.store.change((db, audit) => {
    db.prepare('UPDATE install_identity SET organisation = ?, install_name = ? WHERE id = 1').run(organisation, installName);
    audit({ actorId: temp.session.userId, action: 'exchange.identity-named', recordType: 'store', recordId: temp.session.store.storeId, details: { organisation, installName } });
  });
  return { temp, session: temp.session, organisation };
}

/** `holder` adds `other` as a trusted contact; returns the contact's id in holder's store. */
export function trust(holder: Install, other: Install): number {
  const identity = readIdentity(other.session.store.db);
  return holder.session.store.change((db, audit) => {
    const now = new Date().toISOString();
    const id = insertContact(
      db,
      { installId: identity.installId, organisation: identity.organisation, installName: identity.installName, sealingPublic: identity.sealingPublic, signingPublic: identity.signingPublic, fingerprint: identity.fingerprint },
      holder.session.userId,
      now,
    );
    markContactTrusted(db, id, holder.session.userId, now);
    audit({ actorId: holder.session.userId, action: 'exchange.contact-trusted', recordType: 'contact', recordId: String(id), details: { fingerprint: identity.fingerprint } });
    return id;
  });
}

export function trustEachOther(a: Install, b: Install): { bInA: number; aInB: number } {
  return { bInA: trust(a, b), aInB: trust(b, a) };
}
