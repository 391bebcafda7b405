/**
 * A case's report and everything around it (versions, checklist, discussion, register,
 * candidates, distribution register) as main last sent it. Every report call answers with the
 * whole ReportsView, so a screen replaces what it shows with that answer; exports and sealed
 * drafts answer with a file instead yet may add a distribution row, so `refresh` fetches again.
 */
import { useCallback } from 'react';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { useRefreshableView, type UseRefreshableView } from '../components/use-refreshable-view.ts';
import { useApi } from '../session/api-context.tsx';

export type UseReports = UseRefreshableView<ReportsView>;

export function useReports(reference: string): UseReports {
  const call = useApi();
  return useRefreshableView(useCallback(() => call('reports.get', { reference }), [call, reference]));
}
