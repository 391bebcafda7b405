/**
 * The partnership's policy settings: the amount of each clock, when a clock turns amber, how
 * people are named in publications, and the agencies with the statutory partner each counts
 * as. Anyone signed in may read them (the clocks' rules are shown everywhere); only an
 * administrator changes them, audited.
 */
import { AppError, problemsFromIssues, type Problem } from '../../shared/errors.ts';
import type { PolicyView } from '../../shared/ipc/case-calls.ts';
import type { StatutoryPartner } from '../../shared/organisations.ts';
import { clockPolicySchema, type ClockPolicy } from '../../shared/reviews/clocks.ts';
import { PUBLICATION_NAMINGS, type PublicationNaming } from '../../shared/reviews/people.ts';
import { changeStatutoryPartner } from '../security/partnership-settings.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { insertAgency, listOrganisations } from '../store/repositories/organisations.ts';
import { readClockPolicy, readPublicationNaming, writeClockPolicy, writePublicationNaming } from '../store/repositories/policy-settings.ts';

function policyView(session: Session, db: Db): PolicyView {
  return {
    policy: readClockPolicy(db),
    publicationNaming: readPublicationNaming(db),
    organisations: listOrganisations(db).map(({ name, kind, statutoryPartner }) => ({ name, kind, statutoryPartner })),
    canManage: session.can('settings.manage'),
  };
}

export function readPolicy(session: Session): PolicyView {
  return policyView(session, session.store.db);
}

function checkPolicy(policy: ClockPolicy, naming: PublicationNaming): ClockPolicy {
  const problems: Problem[] = [];
  const parsed = clockPolicySchema.safeParse(policy);
  if (!parsed.success) problems.push(...problemsFromIssues(parsed.error.issues, ['policy']));
  if (!(PUBLICATION_NAMINGS as readonly string[]).includes(naming)) problems.push({ path: 'publicationNaming', message: 'Choose how people are named in publications' });
  if (!parsed.success || problems.length > 0) throw new AppError('INVALID_INPUT', problems[0]?.message ?? 'Check the policy settings', problems);
  return parsed.data;
}

/**
 * Saves the clock amounts and naming. A clock already running keeps the due date it was given;
 * only clocks started from now on use the new amounts.
 */
export function savePolicy(session: Session, policy: ClockPolicy, naming: PublicationNaming): PolicyView {
  session.authorise('settings.manage', 'change the partnership’s policy settings');
  const next = checkPolicy(policy, naming);
  session.store.change((db, audit) => {
    const before = readClockPolicy(db);
    const namingBefore = readPublicationNaming(db);
    writeClockPolicy(db, next);
    writePublicationNaming(db, naming);
    audit({
      actorId: session.userId,
      action: 'settings.changed',
      recordType: 'setting',
      recordId: 'clock_policy',
      details: {
        from: { amounts: before.amounts, amberWorkingDays: before.amberWorkingDays, publicationNaming: namingBefore },
        to: { amounts: next.amounts, amberWorkingDays: next.amberWorkingDays, publicationNaming: naming },
      },
    });
  });
  return readPolicy(session);
}

export function addOrganisation(session: Session, name: string): PolicyView {
  session.authorise('settings.manage', 'add agencies');
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 2) throw new AppError('INVALID_INPUT', 'Enter the agency’s name', [{ path: 'name', message: 'Enter the agency’s name' }]);
  if (trimmed.length > 200) throw new AppError('INVALID_INPUT', 'Enter a name of at most 200 characters', [{ path: 'name', message: 'Enter a name of at most 200 characters' }]);
  session.store.change((db, audit) => {
    const existing = listOrganisations(db).find((organisation) => organisation.name.toLowerCase() === trimmed.toLowerCase());
    if (existing !== undefined) {
      const message = existing.kind === 'agency' ? `There is already an agency called ${existing.name}` : `${existing.name} is already an organisation here, and cannot also be an agency`;
      throw new AppError('CONFLICT', message, [{ path: 'name', message }]);
    }
    const id = insertAgency(db, trimmed);
    audit({ actorId: session.userId, action: 'organisation.added', recordType: 'organisation', recordId: id, details: { name: trimmed } });
  });
  return readPolicy(session);
}

export function setOrganisationPartner(session: Session, name: string, partner: StatutoryPartner | null): PolicyView {
  changeStatutoryPartner(session, name, partner);
  return readPolicy(session);
}
