/**
 * A case's action plan as main last sent it. Every change answers with the whole plan, so the
 * section shows that answer; the sending of an agency's actions answers with a bundle instead,
 * and a download with a file, so `refresh` fetches the plan again without going back to "Loading".
 */
import { useCallback } from 'react';
import type { ActionPlanView } from '../../shared/actions/action-plan.ts';
import { useRefreshableView, type UseRefreshableView } from '../components/use-refreshable-view.ts';
import { useApi } from '../session/api-context.tsx';

export type UseActionPlan = UseRefreshableView<ActionPlanView>;

export function useActionPlan(reference: string): UseActionPlan {
  const call = useApi();
  return useRefreshableView(useCallback(() => call('actionPlan.get', { reference }), [call, reference]));
}
