/**
 * One case's record of agencies' securing as main last sent it, and saving a change to it. Every
 * securing call answers with the whole SecuringView again, so the section replaces what it shows
 * with that answer; a confirmation stops an agency's clock, so the case page refreshes too.
 */
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../../shared/errors.ts';
import type { SecuringView } from '../../shared/vault/securing.ts';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../components/problems.ts';
import { loadFromError, type ViewLoad } from '../components/view-load.ts';
import { useApi } from '../session/api-context.tsx';

export type SecuringLoad = ViewLoad<SecuringView>;

export interface UseSecuring {
  readonly load: SecuringLoad;
  readonly reload: () => void;
  /** Shows a change's answer when it succeeded, and hands the result back for the form to report problems. */
  readonly applyResult: (result: Result<SecuringView>) => Result<SecuringView>;
}

export function useSecuring(reference: string, onChanged?: () => void): UseSecuring {
  const call = useApi();
  const [load, setLoad] = useState<SecuringLoad>({ state: 'loading' });

  const fetchSecuring = useCallback(async () => {
    setLoad({ state: 'loading' });
    const result = await call('securing.get', { reference });
    if (result.ok) setLoad({ state: 'loaded', view: result.value });
    else {
      const next = loadFromError(result.error);
      if (next !== null) setLoad(next);
    }
  }, [call, reference]);

  useEffect(() => {
    void fetchSecuring();
  }, [fetchSecuring]);

  const applyResult = useCallback(
    (result: Result<SecuringView>) => {
      if (result.ok) {
        setLoad({ state: 'loaded', view: result.value });
        onChanged?.();
      }
      return result;
    },
    [onChanged],
  );

  return { load, reload: useCallback(() => void fetchSecuring(), [fetchSecuring]), applyResult };
}

export interface SecuringSaving {
  readonly errors: readonly FieldError[];
  readonly saving: boolean;
  /**
   * Checks the answers against the shared schema first (main's own messages, without a round
   * trip), then sends them; main's problems come back by their path in the call's input, less
   * `problemPrefix` ("confirmation."). True when main accepted the change.
   */
  readonly submit: <S extends z.ZodType>(schema: S, answers: unknown, problemPrefix: string, send: (value: z.output<S>) => Promise<Result<SecuringView>>) => Promise<boolean>;
  readonly errorFor: (field: string) => string | undefined;
}

/** One securing form's errors and its save; `applyResult` is useSecuring's. */
export function useSecuringSave(applyResult: UseSecuring['applyResult']): SecuringSaving {
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = useCallback(
    async <S extends z.ZodType>(schema: S, answers: unknown, problemPrefix: string, send: (value: z.output<S>) => Promise<Result<SecuringView>>) => {
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

  return { errors, saving, submit, errorFor: (field: string) => errorFor(errors, field) };
}
