/**
 * One case's bundles as main last sent them: its requests, decisions and drafts with what went
 * out and came back, the trusted contacts a bundle can go to, and the log. Sending answers with
 * the bundle, not the view, so after each one the view is fetched again quietly (`refresh`).
 */
import { useCallback } from 'react';
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { useRefreshableView, type UseRefreshableView } from '../components/use-refreshable-view.ts';
import { useApi } from '../session/api-context.tsx';

export type UseExchangeCase = UseRefreshableView<ExchangeCaseView>;

export function useExchangeCase(reference: string): UseExchangeCase {
  const call = useApi();
  return useRefreshableView(useCallback(() => call('exchange.case', { reference }), [call, reference]));
}
