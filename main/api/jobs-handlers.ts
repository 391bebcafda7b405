/** Reading a long task's progress (shared/ipc/jobs-calls.ts). */
import type { JOBS_CALLS } from '../../shared/ipc/jobs-calls.ts';
import type { Handlers } from './handlers.ts';

type JobsHandlers = Pick<Handlers, keyof typeof JOBS_CALLS>;

export const JOBS_HANDLERS: JobsHandlers = {
  'jobs.read': (desktop, input) => desktop.jobs.read(input.jobId, desktop.signedInUserId()),
};
