import { useEffect, useRef } from 'react';
import type { AppStatus } from '../../shared/ipc/contract.ts';
import { invoke } from '../api/client.ts';

/**
 * How often to ask whether the session is still unlocked. Main locks an idle session by itself
 * and cannot push to a browser, so the renderer asks; app.status does not count as activity, so
 * asking never keeps a session open.
 */
export const LOCK_WATCH_INTERVAL_MS = 2_000;

/** While `watching`, calls `onLocked` once the session is no longer unlocked. */
export function useLockWatch(watching: boolean, onLocked: (status: AppStatus) => void): void {
  const latestOnLocked = useRef(onLocked);
  useEffect(() => {
    latestOnLocked.current = onLocked;
  });

  useEffect(() => {
    if (!watching) return;
    let stopped = false;
    let timer = 0;
    const check = async () => {
      const result = await invoke('app.status', {});
      if (stopped) return;
      // A failed check (the service busy, say) is no evidence of a lock: try again next time.
      if (result.ok && result.value.state !== 'unlocked') {
        latestOnLocked.current(result.value);
        return;
      }
      timer = window.setTimeout(check, LOCK_WATCH_INTERVAL_MS);
    };
    timer = window.setTimeout(check, LOCK_WATCH_INTERVAL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [watching]);
}
