/**
 * One case's bundles as main last sent them: its requests, decisions and drafts with what went
 * out and came back, the trusted contacts a bundle can go to, and the log. Sending answers with
 * the bundle, not the view, so after each one the view is fetched again quietly (`refresh`).
 */
import { useCallback } from 'react';
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { useWholeView, type UseWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';

export interface UseExchangeCase extends UseWholeView<ExchangeCaseView> {
  /** Fetches the view again without going back to "Loading": what is shown stays until the answer comes. */
  readonly refresh: () => Promise<void>;
}

export function useExchangeCase(reference: string): UseExchangeCase {
  const call = useApi();
  const fetchView = useCallback(() => call('exchange.case', { reference }), [call, reference]);
  const whole = useWholeView(fetchView);
  const { replaceView } = whole;
  const refresh = useCallback(async () => {
    const result = await fetchView();
    if (result.ok) replaceView(result.value);
  }, [fetchView, replaceView]);
  return { ...whole, refresh };
}
