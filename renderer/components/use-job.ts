/**
 * Follows a long task that main runs in the background (a backup, a restore, a rekey): reads its
 * progress every few hundred milliseconds until it finishes or fails, then stops.
 */
import { useEffect, useState } from 'react';
import type { ErrorValue } from '../../shared/errors.ts';
import type { JobView } from '../../shared/ipc/jobs-calls.ts';
import { useApi } from '../session/api-context.tsx';

const POLL_MS = 300;

export type JobFollow = { readonly state: 'idle' } | { readonly state: 'following'; readonly job: JobView | null } | { readonly state: 'ended'; readonly job: JobView } | { readonly state: 'lost'; readonly error: ErrorValue };

/** `jobId` null: nothing to follow. A new id starts following afresh. */
export function useJob(jobId: string | null): JobFollow {
  const call = useApi();
  const [follow, setFollow] = useState<JobFollow>({ state: 'idle' });
  useEffect(() => {
    if (jobId === null) {
      setFollow({ state: 'idle' });
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setFollow({ state: 'following', job: null });
    const read = async () => {
      const result = await call('jobs.read', { jobId });
      if (stopped) return;
      if (!result.ok) {
        setFollow({ state: 'lost', error: result.error });
        return;
      }
      const job = result.value;
      if (job.state === 'running') {
        setFollow({ state: 'following', job });
        timer = setTimeout(() => void read(), POLL_MS);
      } else {
        setFollow({ state: 'ended', job });
      }
    };
    void read();
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [call, jobId]);
  return follow;
}
