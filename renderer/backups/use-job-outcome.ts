/**
 * A backup's or a restore's job as a form needs it: not started, running (with its progress),
 * finished with the result its start call promised (checked against the shared schema), or
 * failed with main's message. The outcome changes only when the job does, so an effect can
 * act on it once (showing a failure in the error summary, say).
 */
import { useMemo } from 'react';
import type { z } from 'zod';
import type { JobView } from '../../shared/ipc/jobs-calls.ts';
import { useJob } from '../components/use-job.ts';

export type JobOutcome<R> =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly job: JobView | null }
  | { readonly state: 'finished'; readonly result: R }
  | { readonly state: 'failed'; readonly code: string; readonly message: string };

export function useJobOutcome<S extends z.ZodType>(jobId: string | null, resultSchema: S): JobOutcome<z.output<S>> {
  const follow = useJob(jobId);
  return useMemo((): JobOutcome<z.output<S>> => {
    switch (follow.state) {
      case 'idle':
        return { state: 'idle' };
      case 'following':
        return { state: 'running', job: follow.job };
      case 'lost':
        return { state: 'failed', code: follow.error.code, message: follow.error.message };
      case 'ended': {
        const { job } = follow;
        if (job.state === 'failed') return { state: 'failed', code: job.error?.code ?? 'INTERNAL', message: job.error?.message ?? 'The task stopped without saying why. Try again.' };
        const parsed = resultSchema.safeParse(job.result);
        return parsed.success ? { state: 'finished', result: parsed.data } : { state: 'failed', code: 'INTERNAL', message: 'The task finished, but its outcome could not be read. Refresh the list to see whether it worked.' };
      }
    }
  }, [follow, resultSchema]);
}
