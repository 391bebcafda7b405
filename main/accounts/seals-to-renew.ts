/**
 * Which of a case's secured sets still have files sealed to a key pair their representative no
 * longer holds (their passphrase was reset since), for the case's Secured files section: each
 * shown only to those who may see the set. The Business Unit or an administrator seals them to
 * the representative's new key with the agency's recovery code, by handing the set over to the
 * same representative (main/vault/representative-change.ts).
 */
import type { SealsToRenewView } from '../../shared/accounts/accounts.ts';
import type { Session } from '../security/session.ts';
import { setsOfCase } from '../store/repositories/secured-sets.ts';
import { caseInHand, mayManage, maySee } from '../vault/vault-access.ts';
import { filesToReseal, lastReset } from './representative-holdings.ts';

export function sealsToRenew(session: Session, reference: string): SealsToRenewView {
  const inCase = caseInHand(session, reference);
  const db = session.store.db;
  const sets: SealsToRenewView['sets'] = [];
  for (const set of setsOfCase(db, inCase.caseId)) {
    if (set.state === 'destroyed') continue;
    const agency = { id: set.organisationId, name: set.agency, kind: 'agency' as const, statutoryPartner: null };
    if (!maySee(session, { caseId: inCase.caseId, agency })) continue;
    const reset = lastReset(db, set.representativeId);
    const files = filesToReseal(db, set.id, reset);
    if (reset === undefined || files === 0) continue;
    sets.push({
      agency: set.agency,
      representative: set.representativeName,
      filesToReseal: files,
      resetAt: reset.at,
      youAreRepresentative: set.representativeId === session.userId,
      canReseal: mayManage(session, inCase.caseId),
    });
  }
  return { sets };
}
