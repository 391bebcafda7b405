/**
 * One case's report as main last sent it (reports.get), for the Redaction and exports section.
 * Every change answers with the whole ReportsView again, so the section replaces what it shows
 * with that answer. Exports and sealed drafts answer with a file instead, yet may add a row to
 * the distribution register: `refresh` fetches the view again without blanking the page, so the
 * forms the person is in keep what they typed.
 */
import { useCallback } from 'react';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { useWholeView, type UseWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';

export interface UseReportsView extends UseWholeView<ReportsView> {
  readonly refresh: () => Promise<void>;
}

export function useReportsView(reference: string): UseReportsView {
  const call = useApi();
  const fetchView = useCallback(() => call('reports.get', { reference }), [call, reference]);
  const whole = useWholeView(fetchView);
  const { replaceView } = whole;
  const refresh = useCallback(async () => {
    const result = await fetchView();
    if (result.ok) replaceView(result.value);
  }, [fetchView, replaceView]);
  return { ...whole, refresh };
}
