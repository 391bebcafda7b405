/**
 * A case's report and everything around it (versions, checklist, discussion) as main last sent
 * it. Every report call answers with the whole ReportsView, so a screen replaces what it shows
 * with that answer (see useWholeView).
 */
import { useCallback } from 'react';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { useWholeView, type UseWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';

export type UseReports = UseWholeView<ReportsView>;

export function useReports(reference: string): UseReports {
  const call = useApi();
  return useWholeView(useCallback(() => call('reports.get', { reference }), [call, reference]));
}
