/**
 * Which of the case's secured sets still have files sealed to a representative's old key (their
 * passphrase was reset since), for the warning above the sets. Fetched beside the vault's own
 * view, and quietly: a refusal here is the section's to show, not this warning's.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SealsToRenewView } from '../../shared/accounts/accounts.ts';
import { useApi } from '../session/api-context.tsx';

export type SealsToRenew = SealsToRenewView['sets'];

export function useSealsToRenew(reference: string): { readonly sets: SealsToRenew; readonly refresh: () => Promise<void> } {
  const call = useApi();
  const [sets, setSets] = useState<SealsToRenew>([]);
  const refresh = useCallback(async () => {
    const result = await call('vault.sealsToRenew', { reference });
    setSets(result.ok ? result.value.sets : []);
  }, [call, reference]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { sets, refresh };
}
