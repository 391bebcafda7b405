/**
 * Handing a set to a new nominated representative: every file key is opened — with the
 * current representative's own key, or in an audited recovery with the agency's recovery code
 * — and sealed again to the new representative; the old one's sealed keys go, and the role
 * moves with them. The slow key work runs first; then one change re-checks that nothing moved
 * meanwhile and writes it all, so the set is never half handed over.
 *
 * A recovery may name the current representative: after their passphrase is reset they hold a
 * new key pair, and this seals the files to it.
 */
import { AppError } from '../../shared/errors.ts';
import { SECURED_SET_RECORD } from '../../shared/vault/access-log.ts';
import type { VaultView } from '../../shared/vault/secured-files.ts';
import type { Sealed } from '../security/hpke.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { findSecuredFile, putSealedKey, receivingFileIds, removeSealedKey, storedFileIds } from '../store/repositories/secured-files.ts';
import { findSetById, setRepresentative } from '../store/repositories/secured-sets.ts';
import type { User } from '../store/repositories/users.ts';
import { recoveryPrivateKey } from './agency-recovery-key.ts';
import { AGENCY_RECOVERY_RECIPIENT, sealFileKey, userRecipient, type KeyRecipient } from './file-key.ts';
import { unsealFileKey } from './read-back.ts';
import { endRepresentativeRole, giveRepresentativeRole, representativeCandidate, representativePublicKey } from './representative.ts';
import { recordRefusal, requireManager, requireNotDestroyed, requireRepresentative, setInHand, type SetInHand } from './vault-access.ts';
import { buildVaultView } from './vault-view.ts';

interface Resealed {
  readonly fileId: number;
  readonly sealed: Sealed;
}

export async function changeRepresentative(session: Session, reference: string, agencyName: string, representativeName: string, recoveryCode?: string): Promise<VaultView> {
  const byRecovery = recoveryCode !== undefined;
  const attempted = byRecovery ? 'hand the secured files to a new representative with the agency’s recovery code' : 'change the nominated representative';
  const inHand = setInHand(session, reference, agencyName, attempted);
  if (byRecovery) requireManager(session, inHand, attempted);
  else requireRepresentative(session, inHand, attempted);
  requireNotDestroyed(inHand, attempted);
  const store = session.store;
  const next = representativeCandidate(store.db, inHand.agency, representativeName);
  const previousId = inHand.set.representativeId;
  if (!byRecovery && next.id === previousId) throw new AppError('CONFLICT', `${next.name} is already ${inHand.agency.name}’s nominated representative for case ${inHand.reference}. Name someone else.`);
  requireNothingArriving(store.db, inHand);

  const resealed = byRecovery ? await resealWithRecoveryCode(session, inHand, attempted, recoveryCode, next) : await resealAs(session, inHand, session.privateKey, userRecipient(session.userId), next);

  store.change((db, audit) => {
    if (findSetById(db, inHand.set.id)?.representativeId !== previousId) {
      throw new AppError('CONFLICT', `${inHand.agency.name}’s representative was changed by someone else meanwhile. Refresh the page and check before changing it again.`);
    }
    const now = storedFileIds(db, inHand.set.id);
    if (now.length !== resealed.length || now.some((id, index) => resealed[index]?.fileId !== id)) {
      throw new AppError('CONFLICT', `Files were added to or removed from ${inHand.agency.name}’s secured files meanwhile. Change the representative again.`);
    }
    requireNothingArriving(db, inHand);
    const nextRecipient = userRecipient(next.id);
    for (const { fileId, sealed } of resealed) {
      putSealedKey(db, fileId, nextRecipient, sealed);
      if (previousId !== next.id) removeSealedKey(db, fileId, userRecipient(previousId));
    }
    const at = new Date().toISOString();
    endRepresentativeRole(db, audit, session.userId, inHand.caseId, inHand.agency, next.id, at);
    giveRepresentativeRole(db, audit, session.userId, inHand.caseId, inHand.agency, next, at);
    setRepresentative(db, inHand.set.id, next.id);
    if (byRecovery) {
      audit({ actorId: session.userId, action: 'secured.recovered', recordType: SECURED_SET_RECORD, recordId: inHand.set.id, details: { files: resealed.length, to: next.id } });
    }
    audit({
      actorId: session.userId,
      action: 'secured.representative-changed',
      recordType: SECURED_SET_RECORD,
      recordId: inHand.set.id,
      details: { from: previousId, to: next.id, files: resealed.length, byRecovery },
    });
  });
  return buildVaultView(session, inHand);
}

/** A wrong code is a refused attempt at the agency's files, so it is logged before it is reported. */
async function resealWithRecoveryCode(session: Session, inHand: SetInHand, attempted: string, code: string, next: User): Promise<Resealed[]> {
  let privateKey: Buffer;
  try {
    privateKey = await recoveryPrivateKey(session.store.db, inHand.agency, code);
  } catch (error) {
    if (error instanceof AppError && error.code === 'WRONG_RECOVERY_CODE') recordRefusal(session, inHand, attempted, 'wrong-recovery-code');
    throw error;
  }
  try {
    return await resealAs(session, inHand, privateKey, AGENCY_RECOVERY_RECIPIENT, next);
  } finally {
    privateKey.fill(0);
  }
}

/** Opens each file key as `from` and seals it to the new representative; each opened key is wiped at once. */
async function resealAs(session: Session, inHand: SetInHand, privateKey: Buffer, from: KeyRecipient, next: User): Promise<Resealed[]> {
  const store = session.store;
  const nextKey = representativePublicKey(store, next.id);
  const resealed: Resealed[] = [];
  for (const fileId of storedFileIds(store.db, inHand.set.id)) {
    const file = findSecuredFile(store.db, fileId)!;
    const fileKey = await unsealFileKey(store, fileId, privateKey, from);
    try {
      resealed.push({ fileId, sealed: await sealFileKey(fileKey, nextKey, store.storeId, file.uid, userRecipient(next.id)) });
    } finally {
      fileKey.fill(0);
    }
  }
  return resealed;
}

/** A file still arriving would be sealed to the representative it started with: wait for it. */
function requireNothingArriving(db: Db, inHand: SetInHand): void {
  const arriving = receivingFileIds(db).some((fileId) => findSecuredFile(db, fileId)?.setId === inHand.set.id);
  if (arriving) {
    throw new AppError('CONFLICT', `Files are still being added to ${inHand.agency.name}’s secured files. Wait until they have finished, then change the representative.`);
  }
}
