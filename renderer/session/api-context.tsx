/**
 * What screens use to make calls: the typed client, plus one rule for every screen — a call
 * refused because the session has locked sends the app to the locked screen, wherever it was.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Invoke } from '../../shared/ipc/transport.ts';
import { invoke } from '../api/client.ts';

const ApiContext = createContext<Invoke>(invoke);

export function ApiProvider({ onLocked, children }: { onLocked: () => void; children: ReactNode }) {
  const call = useMemo<Invoke>(
    () => async (name, input) => {
      const result = await invoke(name, input);
      if (!result.ok && result.error.code === 'LOCKED') onLocked();
      return result;
    },
    [onLocked],
  );
  return <ApiContext value={call}>{children}</ApiContext>;
}

export function useApi(): Invoke {
  return useContext(ApiContext);
}
