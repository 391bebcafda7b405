/** The machine policy as the app shows it: every setting IT set, with where, and the passphrase minimum in force. */
import type { MachinePolicyView } from '../../shared/ipc/machine-policy-calls.ts';
import type { EffectivePolicy, MachinePolicy, MachinePolicySetting } from './machine-policy.ts';
import { minimumPassphraseLength } from './minimum-passphrase-length.ts';
import { machinePolicyInForce } from './policy-in-force.ts';
import { POLICY_REGISTRY_KEY } from './policy-location.ts';

function setting<K extends MachinePolicySetting>(policy: EffectivePolicy, name: K): { value: NonNullable<MachinePolicy[K]>; source: 'registry' | 'file' } | null {
  const value = policy.values[name];
  const source = policy.sources[name];
  return value === undefined || source === undefined ? null : { value: value as NonNullable<MachinePolicy[K]>, source };
}

export function describeMachinePolicy(policy: EffectivePolicy = machinePolicyInForce()): MachinePolicyView {
  return {
    storeFolder: setting(policy, 'storeFolder'),
    idleLockMinutes: setting(policy, 'idleLockMinutes'),
    minimumPassphraseLength: setting(policy, 'minimumPassphraseLength'),
    openInDefaultAppAllowed: setting(policy, 'openInDefaultAppAllowed'),
    backupReminderDays: setting(policy, 'backupReminderDays'),
    effectiveMinimumPassphraseLength: minimumPassphraseLength(policy),
    policyFile: policy.file,
    registryKey: POLICY_REGISTRY_KEY,
  };
}
