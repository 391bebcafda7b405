/**
 * One case's agency evidence as main last sent it, and saving a change to it. Every evidence
 * change answers with the whole EvidenceView again (clocks, flags and all), so a screen replaces
 * what it shows with that answer rather than patching its own guess.
 */
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../../shared/errors.ts';
import type { EvidenceView } from '../../shared/evidence/evidence-view.ts';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../components/problems.ts';
import { loadFromError, type ViewLoad } from '../components/view-load.ts';
import { useApi } from '../session/api-context.tsx';

export type EvidenceLoad = ViewLoad<EvidenceView>;

export interface UseEvidence {
  readonly load: EvidenceLoad;
  readonly reload: () => void;
  readonly replaceView: (view: EvidenceView) => void;
  /** Shows a change's answer when it succeeded, and hands the result back for the form to report problems. */
  readonly applyResult: (result: Result<EvidenceView>) => Result<EvidenceView>;
}

/**
 * A case's agency evidence as main last sent it. `onChanged` runs after each change main accepted
 * (requests start and stop the case's agency-returns clocks, so the case page refreshes too).
 */
export function useEvidence(reference: string, onChanged?: () => void): UseEvidence {
  const call = useApi();
  const [load, setLoad] = useState<EvidenceLoad>({ state: 'loading' });

  const fetchEvidence = useCallback(async () => {
    setLoad({ state: 'loading' });
    const result = await call('evidence.get', { reference });
    if (result.ok) setLoad({ state: 'loaded', view: result.value });
    else {
      const next = loadFromError(result.error);
      if (next !== null) setLoad(next);
    }
  }, [call, reference]);

  useEffect(() => {
    void fetchEvidence();
  }, [fetchEvidence]);

  const replaceView = useCallback(
    (view: EvidenceView) => {
      setLoad({ state: 'loaded', view });
      onChanged?.();
    },
    [onChanged],
  );

  const applyResult = useCallback(
    (result: Result<EvidenceView>) => {
      if (result.ok) replaceView(result.value);
      return result;
    },
    [replaceView],
  );

  const reload = useCallback(() => void fetchEvidence(), [fetchEvidence]);

  return { load, reload, replaceView, applyResult };
}

export interface EvidenceSaving {
  readonly errors: readonly FieldError[];
  readonly saving: boolean;
  /**
   * Checks the answers against the shared schema (the same messages main would give, without a
   * round trip), then sends them. Main's problems come back by their path in the call's input;
   * `problemPrefix` ("request.", "chase.") is what the form's field ids leave off. True when main
   * accepted the change (the page already shows its answer).
   */
  readonly submit: <S extends z.ZodType>(schema: S, answers: unknown, problemPrefix: string, send: (value: z.output<S>) => Promise<Result<EvidenceView>>) => Promise<boolean>;
  readonly errorFor: (field: string) => string | undefined;
  readonly setErrors: (errors: readonly FieldError[]) => void;
}

/** One evidence form's errors and its save; `applyResult` is useEvidence's. */
export function useEvidenceSave(applyResult: UseEvidence['applyResult']): EvidenceSaving {
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = useCallback(
    async <S extends z.ZodType>(schema: S, answers: unknown, problemPrefix: string, send: (value: z.output<S>) => Promise<Result<EvidenceView>>) => {
      const checked = schema.safeParse(answers);
      if (!checked.success) {
        setErrors(fieldErrorsFromIssues(checked.error.issues));
        return false;
      }
      setSaving(true);
      const result = applyResult(await send(checked.data));
      setSaving(false);
      if (result.ok) {
        setErrors([]);
        return true;
      }
      // A locked session is handled for the whole app; there is nothing to show here.
      if (result.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(result.error, problemPrefix));
      return false;
    },
    [applyResult],
  );

  return { errors, saving, submit, errorFor: (field: string) => errorFor(errors, field), setErrors };
}
