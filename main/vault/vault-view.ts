/**
 * A case's secured files as one person may see them: the sets of the agencies they hold a
 * secured-files right for (every set, for the Business Unit and administrators), each with
 * what they may do there, the agencies still without a set for those who may set one up,
 * and the administrator's open-in-default-app setting.
 */
import type { SecuredFileView, SecuredSetView, VaultView } from '../../shared/vault/secured-files.ts';
import type { Session } from '../security/session.ts';
import { listOrganisations } from '../store/repositories/organisations.ts';
import { listStoredFiles } from '../store/repositories/secured-files.ts';
import { lastIntegrityCheck, setsOfCase } from '../store/repositories/secured-sets.ts';
import { findUserById } from '../store/repositories/users.ts';
import { openInDefaultAppAllowed } from './open-in-default-app-setting.ts';
import { caseInHand, isRepresentative, mayAdd, mayManage, maySee, type CaseInHand, type SetInHand } from './vault-access.ts';

/** The contract's vault.get: refused (and audited) for someone with no secured-files right on the case. */
export function readVault(session: Session, reference: string): VaultView {
  const inCase = caseInHand(session, reference);
  const view = buildVaultView(session, inCase);
  if (view.sets.length === 0 && !view.canSetUp) session.authorise('vault.log', 'see this case’s secured files', { caseId: inCase.caseId });
  return view;
}

/**
 * The view without the refusal: after a change the person made (handing a set to someone
 * else, say) they may rightly see less, and that is no refused attempt.
 */
export function buildVaultView(session: Session, inCase: CaseInHand): VaultView {
  const db = session.store.db;
  const canSetUp = mayManage(session, inCase.caseId);
  const sets = setsOfCase(db, inCase.caseId);
  const visible = sets
    .map((set) => ({ ...inCase, agency: { id: set.organisationId, name: set.agency, kind: 'agency' as const, statutoryPartner: null }, set }))
    .filter((inHand) => maySee(session, inHand));
  const withSet = new Set(sets.map((set) => set.organisationId));
  return {
    reference: inCase.reference,
    sets: visible.map((inHand) => setView(session, inHand)),
    agenciesWithoutSet: canSetUp ? listOrganisations(db).filter((organisation) => organisation.kind === 'agency' && !withSet.has(organisation.id)).map((organisation) => organisation.name) : [],
    canSetUp,
    openInDefaultAppAllowed: openInDefaultAppAllowed(db),
  };
}

function setView(session: Session, inHand: SetInHand): SecuredSetView {
  const db = session.store.db;
  const { set } = inHand;
  const names = new Map<string, string>();
  const nameOf = (userId: string): string => {
    if (!names.has(userId)) names.set(userId, findUserById(db, userId)?.name ?? 'Unknown user');
    return names.get(userId)!;
  };
  const files: SecuredFileView[] = listStoredFiles(db, set.id).map((file) => ({
    id: file.id,
    path: file.path,
    size: file.size,
    sha256: file.sha256 ?? '',
    mediaType: file.mediaType,
    placedBy: nameOf(file.placedBy),
    placedAt: file.placedAt,
    actingForAgency: file.actingForAgency,
    note: file.note,
  }));
  const youAreRepresentative = isRepresentative(session, inHand);
  return {
    agency: set.agency,
    representative: set.representativeName,
    state: set.state,
    createdAt: set.createdAt,
    closedAt: set.closedAt,
    files,
    totalBytes: files.reduce((total, file) => total + file.size, 0),
    lastIntegrityCheck: lastIntegrityCheck(db, set.id),
    youAreRepresentative,
    canAdd: set.state === 'active' && mayAdd(session, inHand),
    canOpen: set.state !== 'destroyed' && youAreRepresentative,
    canManage: mayManage(session, inHand.caseId),
  };
}
