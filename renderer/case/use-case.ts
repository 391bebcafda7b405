import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import type { RecordSave } from '../../shared/reviews/records.ts';
import { loadFromError, type ViewLoad } from '../components/view-load.ts';
import { useApi } from '../session/api-context.tsx';

export type CaseLoad = ViewLoad<CaseView>;

export interface UseCase {
  readonly load: CaseLoad;
  readonly reload: () => void;
  /** Fetches the case again without showing it as loading: after a change made elsewhere (agency evidence) moved its clocks. */
  readonly refresh: () => void;
  readonly replaceView: (view: CaseView) => void;
  readonly saveRecord: (id: number | null, record: RecordSave) => Promise<Result<CaseView>>;
  readonly removeRecord: (id: number) => Promise<Result<CaseView>>;
}

/**
 * One case as main last sent it, and the ways to change it. Every change answers with the whole
 * case again, so the page always shows what main holds (clocks, moves and all), never a guess.
 */
export function useCase(reference: string): UseCase {
  const call = useApi();
  const [load, setLoad] = useState<CaseLoad>({ state: 'loading' });

  const fetchCase = useCallback(async () => {
    setLoad({ state: 'loading' });
    const result = await call('cases.get', { reference });
    if (result.ok) setLoad({ state: 'loaded', view: result.value });
    else {
      const next = loadFromError(result.error);
      if (next !== null) setLoad(next);
    }
  }, [call, reference]);

  useEffect(() => {
    void fetchCase();
  }, [fetchCase]);

  const replaceView = useCallback((view: CaseView) => setLoad({ state: 'loaded', view }), []);

  const saveRecord = useCallback(
    async (id: number | null, record: RecordSave) => {
      const result = await call('records.save', { reference, id, record });
      if (result.ok) replaceView(result.value);
      return result;
    },
    [call, reference, replaceView],
  );

  const removeRecord = useCallback(
    async (id: number) => {
      const result = await call('records.remove', { reference, id });
      if (result.ok) replaceView(result.value);
      return result;
    },
    [call, reference, replaceView],
  );

  const refresh = useCallback(() => {
    void call('cases.get', { reference }).then((result) => {
      if (result.ok) replaceView(result.value);
    });
  }, [call, reference, replaceView]);

  return { load, reload: () => void fetchCase(), refresh, replaceView, saveRecord, removeRecord };
}
