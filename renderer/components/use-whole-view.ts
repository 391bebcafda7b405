/**
 * A view main sends whole (a case's evidence, its securing record) and the forms that change it.
 * Every change answers with the whole view again, so a screen replaces what it shows with that
 * answer rather than patching its own guess; `onChanged` runs after each change main accepted,
 * for a page around the section that must refresh too (a change may stop a clock).
 */
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../../shared/errors.ts';
import { errorFor, type FieldError } from './field-errors.ts';
import { fieldErrorsFrom, fieldErrorsFromIssues } from './problems.ts';
import { loadFromError, type ViewLoad } from './view-load.ts';

export interface UseWholeView<V> {
  readonly load: ViewLoad<V>;
  readonly reload: () => void;
  readonly replaceView: (view: V) => void;
  /** Shows a change's answer when it succeeded, and hands the result back for the form to report problems. */
  readonly applyResult: (result: Result<V>) => Result<V>;
}

/** `fetchView` must be stable (useCallback) for as long as the same view is meant. */
export function useWholeView<V>(fetchView: () => Promise<Result<V>>, onChanged?: () => void): UseWholeView<V> {
  const [load, setLoad] = useState<ViewLoad<V>>({ state: 'loading' });

  const fetchAgain = useCallback(async () => {
    setLoad({ state: 'loading' });
    const result = await fetchView();
    if (result.ok) setLoad({ state: 'loaded', view: result.value });
    else {
      const next = loadFromError(result.error);
      if (next !== null) setLoad(next);
    }
  }, [fetchView]);

  useEffect(() => {
    void fetchAgain();
  }, [fetchAgain]);

  const replaceView = useCallback(
    (view: V) => {
      setLoad({ state: 'loaded', view });
      onChanged?.();
    },
    [onChanged],
  );

  const applyResult = useCallback(
    (result: Result<V>) => {
      if (result.ok) replaceView(result.value);
      return result;
    },
    [replaceView],
  );

  return { load, reload: useCallback(() => void fetchAgain(), [fetchAgain]), replaceView, applyResult };
}

export interface WholeViewSaving<V> {
  readonly errors: readonly FieldError[];
  readonly saving: boolean;
  /**
   * Checks the answers against the shared schema (the same messages main would give, without a
   * round trip), then sends them. Main's problems come back by their path in the call's input;
   * `problemPrefix` ("request.", "confirmation.") is what the form's field ids leave off. True
   * when main accepted the change (the page already shows its answer).
   */
  readonly submit: <S extends z.ZodType>(schema: S, answers: unknown, problemPrefix: string, send: (value: z.output<S>) => Promise<Result<V>>) => Promise<boolean>;
  readonly errorFor: (field: string) => string | undefined;
  readonly setErrors: (errors: readonly FieldError[]) => void;
}

/** One form's errors and its save; `applyResult` is useWholeView's. */
export function useWholeViewSave<V>(applyResult: (result: Result<V>) => Result<V>): WholeViewSaving<V> {
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = useCallback(
    async <S extends z.ZodType>(schema: S, answers: unknown, problemPrefix: string, send: (value: z.output<S>) => Promise<Result<V>>) => {
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
