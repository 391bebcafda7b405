/** The calls for a data-protection request: everything the store holds about a named person. */
import type { z } from 'zod';
import type { CallDefinition } from './contract.ts';

export function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

// PLACEHOLDER: filled in by its helper.
export const DATA_PROTECTION_CALLS = {} as const satisfies Record<string, CallDefinition>;
