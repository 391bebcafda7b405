/** The calls of shared/ipc/data-protection-calls.ts in terms of the services. */
import type { DATA_PROTECTION_CALLS } from '../../shared/ipc/data-protection-calls.ts';
import type { Handlers } from './handlers.ts';

type DATA_PROTECTIONHandlers = Pick<Handlers, keyof typeof DATA_PROTECTION_CALLS>;

// PLACEHOLDER: filled in by its helper.
export const DATA_PROTECTION_HANDLERS: DATA_PROTECTIONHandlers = {};
