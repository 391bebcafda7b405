/**
 * One report form's errors and its save, as useWholeViewSave does it, but with the form's own
 * field ids: several forms share the Report section (the editor, the import, the checklist), so
 * each names its boxes with a prefix, and a list kept one point a line takes the problems of
 * each of its points on its one box.
 */
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../../shared/errors.ts';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../components/problems.ts';

export interface FormSaving<V> {
  readonly errors: readonly FieldError[];
  readonly saving: boolean;
  /** Checks the answers against the shared schema, then sends them; true when main accepted them. */
  readonly submit: <S extends z.ZodType>(schema: S, answers: unknown, send: (value: z.output<S>) => Promise<Result<V>>) => Promise<boolean>;
  readonly errorFor: (field: string) => string | undefined;
  readonly setErrors: (errors: readonly FieldError[]) => void;
}

export interface FormSaveOptions {
  /** What main's problem paths start with and the form's own paths leave off ("assurance."). */
  readonly problemPrefix?: string;
  /** Turns a field id from a problem's path ("kolb-analysis-3") into the id of the box on screen. */
  readonly fieldFor?: (field: string) => string;
}

const SAME = (field: string) => field;

export function useFormSave<V>(applyResult: (result: Result<V>) => Result<V>, { problemPrefix = '', fieldFor = SAME }: FormSaveOptions = {}): FormSaving<V> {
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const onScreen = useCallback((found: readonly FieldError[]) => found.map((error) => (error.field === undefined ? error : { field: fieldFor(error.field), message: error.message })), [fieldFor]);

  const submit = useCallback(
    async <S extends z.ZodType>(schema: S, answers: unknown, send: (value: z.output<S>) => Promise<Result<V>>) => {
      const checked = schema.safeParse(answers);
      if (!checked.success) {
        setErrors(onScreen(fieldErrorsFromIssues(checked.error.issues)));
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
      if (result.error.code !== 'LOCKED') setErrors(onScreen(fieldErrorsFrom(result.error, problemPrefix)));
      return false;
    },
    [applyResult, onScreen, problemPrefix],
  );

  const errorForField = useCallback((field: string) => errorFor(errors, field), [errors]);
  return { errors, saving, submit, errorFor: errorForField, setErrors };
}
