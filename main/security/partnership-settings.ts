/**
 * The partnership's own settings, changed by an administrator and audited: how long a quiet
 * session stays unlocked, and which organisations count as which statutory partner (quorum
 * and sign-off rules read that mapping).
 */
import { AppError } from '../../shared/errors.ts';
import { STATUTORY_PARTNERS, type StatutoryPartner } from '../../shared/organisations.ts';
import { listOrganisations, organisationByName, setStatutoryPartner, type Organisation } from '../store/repositories/organisations.ts';
import { refuseIfSetByIt } from '../policy/set-by-it.ts';
import { setIdleLockMinutes } from '../store/repositories/settings.ts';
import type { Session } from './session.ts';

export function changeIdleLockMinutes(session: Session, minutes: number): void {
  session.authorise('settings.manage', 'change the idle-lock time');
  refuseIfSetByIt('idleLockMinutes', 'how long a quiet session stays unlocked');
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) throw new AppError('INVALID_INPUT', 'The idle-lock time must be a whole number of minutes from 1 to 240.');
  session.store.change((db, audit) => {
    setIdleLockMinutes(db, minutes);
    audit({ actorId: session.userId, action: 'settings.changed', recordType: 'setting', recordId: 'idle_lock_minutes', details: { minutes } });
  });
}

export function parsePartner(value: string): StatutoryPartner | null {
  if (value === 'none') return null;
  if (!(STATUTORY_PARTNERS as readonly string[]).includes(value)) throw new AppError('INVALID_INPUT', `"${value}" is not a statutory partner. Use one of: ${STATUTORY_PARTNERS.join(', ')}, or none.`);
  return value as StatutoryPartner;
}

export function changeStatutoryPartner(session: Session, organisationName: string, partner: StatutoryPartner | null): Organisation {
  session.authorise('settings.manage', 'change which organisations are statutory partners');
  const organisation = organisationByName(session.store.db, organisationName);
  if (organisation.kind !== 'agency') throw new AppError('INVALID_INPUT', `"${organisation.name}" is not an agency, so it cannot be a statutory partner.`);
  session.store.change((db, audit) => {
    setStatutoryPartner(db, organisation.id, partner);
    audit({ actorId: session.userId, action: 'settings.changed', recordType: 'organisation', recordId: organisation.id, details: { statutoryPartner: partner } });
  });
  return listOrganisations(session.store.db).find((row) => row.id === organisation.id)!;
}
