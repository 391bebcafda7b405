/** The calls of shared/ipc/machine-policy-calls.ts in terms of main/policy. */
import type { MACHINE_POLICY_CALLS } from '../../shared/ipc/machine-policy-calls.ts';
import { readIdleLock, setIdleLock } from '../policy/idle-lock-setting.ts';
import { describeMachinePolicy } from '../policy/machine-policy-view.ts';
import type { Handlers } from './handlers.ts';

type MachinePolicyHandlers = Pick<Handlers, keyof typeof MACHINE_POLICY_CALLS>;

export const MACHINE_POLICY_HANDLERS: MachinePolicyHandlers = {
  // The Desktop's own policy: the one it put in force when it was made.
  'policy.machine': (desktop) => describeMachinePolicy(desktop.machinePolicy),
  'policy.idleLock': (desktop) => readIdleLock(desktop.requireSession()),
  'policy.setIdleLock': (desktop, input) => setIdleLock(desktop.requireSession(), input.minutes),
};
