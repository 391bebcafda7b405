/** The calls for users' accounts: an administrator's passphrase reset, recovery with the recovery code, and the store's rekey. */
import type { z } from 'zod';
import type { CallDefinition } from './contract.ts';

export function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

// PLACEHOLDER: filled in by its helper.
export const ACCOUNTS_CALLS = {} as const satisfies Record<string, CallDefinition>;
