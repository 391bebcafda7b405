/**
 * Setting up an agency's secured set for a case: the Business Unit (or an administrator)
 * names the agency's nominated representative, who gets the case-and-agency role if they lack
 * it. The agency's first set on this install also makes its recovery key, whose private half
 * comes back once, as the agency's recovery code, and is never stored.
 */
import { AppError } from '../../shared/errors.ts';
import { SECURED_SET_RECORD } from '../../shared/vault/access-log.ts';
import type { VaultView } from '../../shared/vault/secured-files.ts';
import type { Session } from '../security/session.ts';
import { findAgencyRecoveryKey, insertAgencyRecoveryKey } from '../store/repositories/agency-recovery-keys.ts';
import { findSet, insertSet } from '../store/repositories/secured-sets.ts';
import { makeAgencyRecoveryKey, type NewAgencyRecoveryKey } from './agency-recovery-key.ts';
import { giveRepresentativeRole, representativeCandidate } from './representative.ts';
import { agencyNamed, caseInHand } from './vault-access.ts';
import { buildVaultView } from './vault-view.ts';

export async function setUpSet(session: Session, reference: string, agencyName: string, representativeName: string): Promise<{ recoveryCode: string | null; view: VaultView }> {
  const inCase = caseInHand(session, reference);
  session.authorise('vault.manage', 'set up an agency’s secured files', { caseId: inCase.caseId });
  const agency = agencyNamed(session, agencyName);
  const store = session.store;
  const alreadySetUp = (): void => {
    const existing = findSet(store.db, inCase.caseId, agency.id);
    if (existing !== undefined) {
      throw new AppError('CONFLICT', `${agency.name} already has secured files for case ${inCase.reference}, with ${existing.representativeName} as its nominated representative.`);
    }
  };
  alreadySetUp();
  const representative = representativeCandidate(store.db, agency, representativeName);
  // Key generation is asynchronous and a change is not, so the pair is made first and kept
  // only if the agency still has no key when the change runs.
  const newKey: NewAgencyRecoveryKey | null = findAgencyRecoveryKey(store.db, agency.id) === undefined ? await makeAgencyRecoveryKey() : null;

  const keyMade = session.store.change((db, audit) => {
    alreadySetUp();
    const now = new Date().toISOString();
    const setId = insertSet(db, { caseId: inCase.caseId, organisationId: agency.id, representativeId: representative.id, createdAt: now, createdBy: session.userId });
    audit({
      actorId: session.userId,
      action: 'secured.set-up',
      recordType: SECURED_SET_RECORD,
      recordId: setId,
      details: { caseId: inCase.caseId, agency: agency.name, representativeId: representative.id },
    });
    let made = false;
    if (newKey !== null && findAgencyRecoveryKey(db, agency.id) === undefined) {
      insertAgencyRecoveryKey(db, { organisationId: agency.id, publicKey: newKey.publicKey, madeAt: now, madeBy: session.userId });
      audit({ actorId: session.userId, action: 'secured.recovery-key-made', recordType: SECURED_SET_RECORD, recordId: setId, details: { agency: agency.name } });
      made = true;
    }
    giveRepresentativeRole(db, audit, session.userId, inCase.caseId, agency, representative, now);
    return made;
  });
  return { recoveryCode: keyMade ? newKey!.code : null, view: buildVaultView(session, inCase) };
}
