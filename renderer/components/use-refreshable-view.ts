/**
 * A whole view as main last sent it, that can also be fetched again quietly: some calls answer
 * with a file or a bundle rather than the view, yet change what the view shows, so `refresh`
 * fetches it again without going back to "Loading" and the forms the person is in keep what they typed.
 */
import { useCallback } from 'react';
import type { Result } from '../../shared/errors.ts';
import { useWholeView, type UseWholeView } from './use-whole-view.ts';

export interface UseRefreshableView<T> extends UseWholeView<T> {
  readonly refresh: () => Promise<void>;
}

/** `fetchView` must be stable (useCallback), as for useWholeView. */
export function useRefreshableView<T>(fetchView: () => Promise<Result<T>>): UseRefreshableView<T> {
  const whole = useWholeView(fetchView);
  const { replaceView } = whole;
  const refresh = useCallback(async () => {
    const result = await fetchView();
    if (result.ok) replaceView(result.value);
  }, [fetchView, replaceView]);
  return { ...whole, refresh };
}
