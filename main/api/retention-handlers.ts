/** The calls of shared/ipc/retention-calls.ts in terms of the services. */
import type { RETENTION_CALLS } from '../../shared/ipc/retention-calls.ts';
import type { Handlers } from './handlers.ts';

type RETENTIONHandlers = Pick<Handlers, keyof typeof RETENTION_CALLS>;

// PLACEHOLDER: filled in by its helper.
export const RETENTION_HANDLERS: RETENTIONHandlers = {};
