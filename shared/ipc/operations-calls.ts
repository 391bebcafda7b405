/** The calls for backups and restores, with their progress read through jobs.read. */
import type { z } from 'zod';
import type { CallDefinition } from './contract.ts';

export function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

// PLACEHOLDER: filled in by its helper.
export const OPERATIONS_CALLS = {} as const satisfies Record<string, CallDefinition>;
