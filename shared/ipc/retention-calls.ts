/** The calls for retention: what the policy says is due for deletion, deleting it for good, and the report of it. */
import type { z } from 'zod';
import type { CallDefinition } from './contract.ts';

export function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

// PLACEHOLDER: filled in by its helper.
export const RETENTION_CALLS = {} as const satisfies Record<string, CallDefinition>;
