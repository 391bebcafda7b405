/** The calls of shared/ipc/accounts-calls.ts in terms of the services. */
import type { ACCOUNTS_CALLS } from '../../shared/ipc/accounts-calls.ts';
import type { Handlers } from './handlers.ts';

type ACCOUNTSHandlers = Pick<Handlers, keyof typeof ACCOUNTS_CALLS>;

// PLACEHOLDER: filled in by its helper.
export const ACCOUNTS_HANDLERS: ACCOUNTSHandlers = {};
