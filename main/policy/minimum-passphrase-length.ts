/** The shortest passphrase this computer accepts: the app's own minimum, or IT's if IT asks for more. */
import { MINIMUM_PASSPHRASE_LENGTH } from '../../shared/passphrase-policy.ts';
import type { EffectivePolicy } from './machine-policy.ts';
import { machinePolicyInForce } from './policy-in-force.ts';

export function minimumPassphraseLength(policy: EffectivePolicy = machinePolicyInForce()): number {
  // The schema refuses a policy below the app's minimum; Math.max keeps that true whatever reaches here.
  return Math.max(MINIMUM_PASSPHRASE_LENGTH, policy.values.minimumPassphraseLength ?? MINIMUM_PASSPHRASE_LENGTH);
}
