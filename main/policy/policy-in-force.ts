/**
 * The machine policy this process runs under. A machine has one policy, read once at start, and
 * every service obeys it (the passphrase rule, the idle lock, opening files in other apps), so it
 * is held here rather than passed through every call that might need it. Set by the Desktop (the
 * desktop app and the preview) and by the command line; unit tests that set it put it back.
 */
import { NO_MACHINE_POLICY, type EffectivePolicy } from './machine-policy.ts';

let inForce: EffectivePolicy = NO_MACHINE_POLICY;

export function putMachinePolicyInForce(policy: EffectivePolicy): void {
  inForce = policy;
}

export function machinePolicyInForce(): EffectivePolicy {
  return inForce;
}
