/**
 * How long a quiet session stays unlocked: IT's minutes where the machine policy sets them, which
 * no one can change in the app, else the partnership's own setting, which an administrator can.
 */
import type { IdleLockView } from '../../shared/ipc/machine-policy-calls.ts';
import { changeIdleLockMinutes } from '../security/partnership-settings.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { idleLockMinutes } from '../store/repositories/settings.ts';
import type { EffectivePolicy } from './machine-policy.ts';
import { machinePolicyInForce } from './policy-in-force.ts';

export function idleLockMinutesInForce(db: Db, policy: EffectivePolicy = machinePolicyInForce()): number {
  return policy.values.idleLockMinutes ?? idleLockMinutes(db);
}

export function readIdleLock(session: Session): IdleLockView {
  session.authorise('settings.manage', 'see how long a quiet session stays unlocked');
  const policy = machinePolicyInForce();
  return { minutes: idleLockMinutesInForce(session.store.db, policy), setByIt: policy.sources.idleLockMinutes ?? null };
}

/** The new length applies from each person's next sign-in; a session already open keeps its own. */
export function setIdleLock(session: Session, minutes: number): IdleLockView {
  changeIdleLockMinutes(session, minutes);
  return readIdleLock(session);
}
