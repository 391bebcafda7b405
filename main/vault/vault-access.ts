/**
 * Who may do what with an agency's secured set (policy 16), in one place. The contract's own
 * check is only "signed in", because the case and agency are not known until the call names
 * them; every call about a set comes through here, and every refusal is recorded against the
 * set as 'secured.refused' (the attempted action in its details), so the access log shows who
 * tried to reach which agency's files.
 *
 * The rule that matters most — only the representative opens — also holds in the
 * cryptography: each file key is sealed only to the representative and the agency's recovery
 * key, so these checks could be skipped and the files would still not open.
 */
import { AppError } from '../../shared/errors.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import type { PermissionScope } from '../../shared/roles.ts';
import { SECURED_SET_RECORD } from '../../shared/vault/access-log.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import type { Session } from '../security/session.ts';
import { caseSummaryById, requireCaseId } from '../store/repositories/cases.ts';
import { organisationByName, type Organisation } from '../store/repositories/organisations.ts';
import { findSet, type SecuredSetRow } from '../store/repositories/secured-sets.ts';

export interface CaseInHand {
  readonly caseId: number;
  /** The reference as the store spells it, for messages and file names. */
  readonly reference: string;
}

export interface SetInHand extends CaseInHand {
  readonly agency: Organisation;
  readonly set: SecuredSetRow;
}

/** Why a refusal was made, in the event's details for the access log. */
export type RefusalReason = 'no-permission' | 'not-representative' | 'setting-off' | 'wrong-recovery-code';

export function caseInHand(session: Session, reference: string): CaseInHand {
  const db = session.store.db;
  const caseId = requireCaseId(db, reference);
  return { caseId, reference: caseSummaryById(db, caseId).reference };
}

/** An agency organisation on this install; the Business Unit holds no secured set. */
export function agencyNamed(session: Session, name: string): Organisation {
  const organisation = organisationByName(session.store.db, name);
  if (organisation.kind !== 'agency') throw new AppError('INVALID_INPUT', `"${organisation.name}" is not an agency, so it has no secured files. Choose an agency.`);
  return organisation;
}

export function scopeOf(inHand: { readonly caseId: number; readonly agency: Organisation }): PermissionScope {
  return { caseId: inHand.caseId, agency: inHand.agency.name };
}

/**
 * The case's set for the agency. Someone with no secured-files right on the case at all is
 * refused (and the refusal audited) before being told whether a set exists.
 */
export function setInHand(session: Session, reference: string, agencyName: string, attempted: string): SetInHand {
  const inCase = caseInHand(session, reference);
  const agency = agencyNamed(session, agencyName);
  const set = findSet(session.store.db, inCase.caseId, agency.id);
  if (set === undefined) {
    session.authorise('vault.log', attempted, { caseId: inCase.caseId, agency: agency.name });
    throw new AppError('NOT_FOUND', `${agency.name} has no secured files for case ${inCase.reference}. Set them up first.`);
  }
  return { ...inCase, agency, set };
}

/** Records a refused attempt against the set, for the access log. */
export function recordRefusal(session: Session, inHand: SetInHand, attempted: string, reason: RefusalReason, extra: Readonly<Record<string, unknown>> = {}): void {
  const store = session.store;
  // A store that failed its checkpoint opens to be verified only: nothing may be written to it.
  if (store.checkpointProblem !== null) return;
  store.change((_db, audit) =>
    audit({ actorId: session.userId, action: 'secured.refused', recordType: SECURED_SET_RECORD, recordId: inHand.set.id, details: { attempted, reason, ...extra } }),
  );
}

/** Records the refusal against the set, then refuses with a message that names who may. */
export function refuse(session: Session, inHand: SetInHand, attempted: string, reason: RefusalReason, message: string, extra: Readonly<Record<string, unknown>> = {}): never {
  recordRefusal(session, inHand, attempted, reason, extra);
  throw new AppError('NOT_ALLOWED', message);
}

export function isRepresentative(session: Session, inHand: SetInHand): boolean {
  return inHand.set.representativeId === session.userId && session.can('vault.open', scopeOf(inHand));
}

/** Opening, copying, checking, releasing, destroying, handing over: the set's representative only. */
export function requireRepresentative(session: Session, inHand: SetInHand, attempted: string, extra: Readonly<Record<string, unknown>> = {}): void {
  if (isRepresentative(session, inHand)) return;
  const reason: RefusalReason = session.can('vault.open', scopeOf(inHand)) ? 'not-representative' : 'no-permission';
  refuse(
    session,
    inHand,
    attempted,
    reason,
    `You cannot ${attempted}. Only the nominated representative for ${inHand.agency.name} on case ${inHand.reference} can ${attempted} in ${inHand.agency.name}’s secured files.`,
    extra,
  );
}

export function mayAdd(session: Session, inHand: SetInHand): boolean {
  return session.can('vault.add', scopeOf(inHand));
}

/** Adding files: the representative, or the Business Unit acting for the agency. */
export function requireAdder(session: Session, inHand: SetInHand, attempted: string): void {
  if (mayAdd(session, inHand)) return;
  refuse(
    session,
    inHand,
    attempted,
    'no-permission',
    `You cannot ${attempted}. Only ${inHand.agency.name}’s nominated representative for case ${inHand.reference}, or the Business Unit acting for ${inHand.agency.name}, can add files.`,
  );
}

export function mayManage(session: Session, caseId: number): boolean {
  return session.can('vault.manage', { caseId });
}

/** Setting up, and handing a set over with the agency's recovery code: the Business Unit or an administrator. */
export function requireManager(session: Session, inHand: SetInHand, attempted: string): void {
  if (mayManage(session, inHand.caseId)) return;
  refuse(session, inHand, attempted, 'no-permission', `You cannot ${attempted}. Only the Business Unit or an administrator can ${attempted}, with ${inHand.agency.name}’s recovery code.`);
}

/** Whether the person may see the set at all: any secured-files right for its case and agency. */
export function maySee(session: Session, inHand: { readonly caseId: number; readonly agency: Organisation }): boolean {
  const scope = scopeOf(inHand);
  return mayManage(session, inHand.caseId) || session.can('vault.add', scope) || session.can('vault.open', scope) || session.can('vault.log', scope);
}

/** A set whose files are gone, or that has been released, takes no more files. */
export function requireActive(inHand: SetInHand, attempted: string): void {
  if (inHand.set.state === 'active') return;
  throw new AppError('CONFLICT', `You cannot ${attempted}: ${inHand.agency.name}’s secured files for case ${inHand.reference} were ${inHand.set.state} on ${closedOn(inHand.set)}.`);
}

export function requireNotDestroyed(inHand: SetInHand, attempted: string): void {
  if (inHand.set.state !== 'destroyed') return;
  throw new AppError('CONFLICT', `You cannot ${attempted}: ${inHand.agency.name}’s secured files for case ${inHand.reference} were destroyed on ${closedOn(inHand.set)}.`);
}

function closedOn(set: SecuredSetRow): string {
  return set.closedAt === null ? 'an earlier date' : dateInWords(todayInLondon(new Date(set.closedAt)));
}
