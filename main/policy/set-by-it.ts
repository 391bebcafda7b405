/**
 * What IT sets, no one changes in the app: the refusal for a setting the machine policy holds,
 * saying where IT set it so the person knows whom to ask.
 */
import { AppError } from '../../shared/errors.ts';
import type { MachinePolicySetting, PolicySource } from './machine-policy.ts';
import { machinePolicyInForce } from './policy-in-force.ts';

export function whereItSetIt(source: PolicySource): string {
  return source === 'registry' ? 'in the registry (Group Policy)' : 'in the machine policy file';
}

/** `what` completes "IT has set … for this computer": "how long a quiet session stays unlocked". */
export function refuseIfSetByIt(setting: MachinePolicySetting, what: string): void {
  const source = machinePolicyInForce().sources[setting];
  if (source === undefined) return;
  throw new AppError('NOT_ALLOWED', `IT has set ${what} for this computer ${whereItSetIt(source)}, so it cannot be changed in Practice Review Manager. Ask IT if it needs to change.`);
}
