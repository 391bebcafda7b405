/**
 * One case's secured files as main last sent them: the sets the person may see, what they may do
 * with each, and whether opening in another app is allowed. Every change answers with the view
 * again (or is followed by a quiet refresh), so the screen shows main's answer, not a guess.
 */
import { useCallback, useEffect, useState } from 'react';
import type { VaultView } from '../../shared/vault/secured-files.ts';
import { loadFromError, type ViewLoad } from '../components/view-load.ts';
import { useApi } from '../session/api-context.tsx';

export type VaultLoad = ViewLoad<VaultView>;

export interface UseVault {
  readonly load: VaultLoad;
  /** Loads again from the start, showing "Loading…": for "Try again". */
  readonly reload: () => void;
  /** Fetches again without blanking the screen: after files are added, checked or released. */
  readonly refresh: () => Promise<void>;
  readonly replaceView: (view: VaultView) => void;
}

export function useVault(reference: string): UseVault {
  const call = useApi();
  const [load, setLoad] = useState<VaultLoad>({ state: 'loading' });

  const fetchVault = useCallback(
    async (quietly: boolean) => {
      if (!quietly) setLoad({ state: 'loading' });
      const result = await call('vault.get', { reference });
      if (result.ok) setLoad({ state: 'loaded', view: result.value });
      else {
        const next = loadFromError(result.error);
        if (next !== null) setLoad(next);
      }
    },
    [call, reference],
  );

  useEffect(() => {
    void fetchVault(false);
  }, [fetchVault]);

  const reload = useCallback(() => void fetchVault(false), [fetchVault]);
  const refresh = useCallback(() => fetchVault(true), [fetchVault]);
  const replaceView = useCallback((view: VaultView) => setLoad({ state: 'loaded', view }), []);
  return { load, reload, refresh, replaceView };
}
