/**
 * Following the store's rekey job: running (with its progress), finished (with its outcome,
 * checked against the contract's schema), or failed (with main's message). A job the person
 * started earlier and left the tab during is picked up again from the Keys tab's view.
 */
import { useMemo } from 'react';
import { rekeyResult, type RekeyResult } from '../../shared/accounts/accounts.ts';
import type { JobView } from '../../shared/ipc/jobs-calls.ts';
import { useJob, type JobFollow } from '../components/use-job.ts';

export type RekeyFollow =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly job: JobView | null }
  | { readonly state: 'finished'; readonly result: RekeyResult }
  | { readonly state: 'failed'; readonly message: string; readonly locked: boolean };

export function useRekey(jobId: string | null): RekeyFollow {
  const follow = useJob(jobId);
  // One object for each reading, so a screen can key effects and error lists on it.
  return useMemo(() => readFollow(follow), [follow]);
}

function readFollow(follow: JobFollow): RekeyFollow {
  switch (follow.state) {
    case 'idle':
      return { state: 'idle' };
    case 'following':
      return { state: 'running', job: follow.job };
    case 'lost':
      return { state: 'failed', message: follow.error.message, locked: follow.error.code === 'LOCKED' };
    case 'ended': {
      const { job } = follow;
      if (job.state === 'failed') return { state: 'failed', message: job.error?.message ?? 'The keys could not be changed.', locked: job.error?.code === 'LOCKED' };
      const parsed = rekeyResult.safeParse(job.result);
      return parsed.success ? { state: 'finished', result: parsed.data } : { state: 'failed', message: 'The keys were changed, but their outcome could not be read. Check the Keys tab again.', locked: false };
    }
  }
}
