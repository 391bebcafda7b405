/**
 * Long tasks (a backup, a restore, a rekey) start with their own call, which answers at once with
 * a job id; the screen then reads the job's progress with `jobs.read` until it finishes.
 */
import { z } from 'zod';
import { ERROR_CODES } from '../errors.ts';
import type { CallDefinition } from './contract.ts';

function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

export const jobStarted = z.object({ jobId: z.uuid() });
export type JobStarted = z.infer<typeof jobStarted>;

export const jobView = z.object({
  id: z.uuid(),
  /** What the job is: "backup", "restore", "rekey". */
  kind: z.string(),
  state: z.enum(['running', 'finished', 'failed']),
  /** What it is doing now, in words for the person: "Checking the copy against the store". */
  phase: z.string(),
  /** Steps done of all the steps, for a progress bar. */
  done: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  /** The job's own outcome once finished: each screen parses it with the schema its start call names. */
  result: z.unknown().optional(),
  error: z.object({ code: z.enum([...ERROR_CODES, 'INTERNAL']), message: z.string() }).optional(),
});
export type JobView = z.infer<typeof jobView>;

export const JOBS_CALLS = {
  'jobs.read': call({
    input: z.object({ jobId: z.uuid({ error: 'That is not a job id' }) }).strict(),
    output: jobView,
    // A restore runs before anyone is signed in; a job started by a signed-in person is theirs alone (checked in main).
    access: 'public',
    action: 'see how a task is going',
  }),
} as const satisfies Record<string, CallDefinition>;
