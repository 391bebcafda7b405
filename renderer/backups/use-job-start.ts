/**
 * Starting a backup or a restore from its form: the answers checked with the call's own schema
 * first, then the call made; the job's id to follow, or every problem by field for the form.
 */
import { useState } from 'react';
import type { z } from 'zod';
import type { CallInput } from '../../shared/ipc/contract.ts';
import type { FieldError } from '../components/field-errors.ts';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';

type JobStartCall = 'backups.start' | 'restore.start' | 'restore.startHere';

export interface JobStart {
  /** Between the call going out and its answer. */
  readonly starting: boolean;
  readonly jobId: string | null;
  /** Checks `answers` with `schema`, then starts the job; problems (or none) go to `showProblems`. */
  start(answers: unknown): Promise<void>;
}

export function useJobStart<K extends JobStartCall>(name: K, schema: z.ZodType<CallInput<K>>, showProblems: (errors: FieldError[]) => void): JobStart {
  const call = useApi();
  const [starting, setStarting] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = async (answers: unknown) => {
    const checked = schema.safeParse(answers);
    if (!checked.success) {
      showProblems(fieldErrorsFromIssues(checked.error.issues));
      return;
    }
    setStarting(true);
    setJobId(null);
    const result = await call(name, checked.data);
    setStarting(false);
    if (result.ok) {
      showProblems([]);
      setJobId(result.value.jobId);
      // A lock is the whole app's to show (the locked screen), not this form's.
    } else if (result.error.code !== 'LOCKED') {
      showProblems(fieldErrorsFrom(result.error, ''));
    }
  };
  return { starting, jobId, start };
}
