/** The calls of shared/ipc/operations-calls.ts in terms of the services. */
import type { OPERATIONS_CALLS } from '../../shared/ipc/operations-calls.ts';
import type { Handlers } from './handlers.ts';

type OPERATIONSHandlers = Pick<Handlers, keyof typeof OPERATIONS_CALLS>;

// PLACEHOLDER: filled in by its helper.
export const OPERATIONS_HANDLERS: OPERATIONSHandlers = {};
