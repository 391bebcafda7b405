/** The calls of shared/ipc/machine-policy-calls.ts in terms of the services. */
import type { MACHINE_POLICY_CALLS } from '../../shared/ipc/machine-policy-calls.ts';
import type { Handlers } from './handlers.ts';

type MACHINE_POLICYHandlers = Pick<Handlers, keyof typeof MACHINE_POLICY_CALLS>;

// PLACEHOLDER: filled in by its helper.
export const MACHINE_POLICY_HANDLERS: MACHINE_POLICYHandlers = {};
