/** The calls for the machine-wide policy IT sets, and what it locks. */
import type { z } from 'zod';
import type { CallDefinition } from './contract.ts';

export function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

// PLACEHOLDER: filled in by its helper.
export const MACHINE_POLICY_CALLS = {} as const satisfies Record<string, CallDefinition>;
