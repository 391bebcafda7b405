/**
 * Sending the redacted draft as a sealed bundle: main redacts and checks it as for a file, seals
 * it to the contact's install, records it in the distribution register, and hands back a ticket;
 * the page then saves the bundle by that ticket, with progress, as the exchange screens do.
 */
import { useCallback, useState } from 'react';
import { REPORT_CALLS } from '../../shared/ipc/report-calls.ts';
import type { BundleSaved } from '../exchange/use-send-bundle.ts';
import type { FieldError } from '../components/field-errors.ts';
import { fieldErrorsFromIssues } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';
import type { Progress } from '../vault/progress-words.ts';
import { useTicketDownload } from '../vault/use-ticket-download.ts';
import { exportErrors } from './use-report-export.ts';

export interface UseSendDraft {
  readonly stage: 'idle' | 'making' | 'saving';
  readonly progress: Progress | null;
  readonly errors: readonly FieldError[];
  /** Checks the answers against the contract, then makes and saves the bundle; null when it was not saved. */
  readonly send: (answers: unknown, problems: readonly FieldError[]) => Promise<BundleSaved | null>;
  readonly cancel: () => void;
}

export function useSendDraft(): UseSendDraft {
  const call = useApi();
  const download = useTicketDownload();
  const [stage, setStage] = useState<UseSendDraft['stage']>('idle');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);

  const send = useCallback(
    async (answers: unknown, problems: readonly FieldError[]): Promise<BundleSaved | null> => {
      const checked = REPORT_CALLS['reports.sendDraft'].input.safeParse(answers);
      if (!checked.success || problems.length > 0) {
        const fromSchema = checked.success ? [] : fieldErrorsFromIssues(checked.error.issues);
        setErrors([...problems, ...fromSchema.filter((error) => !problems.some((own) => own.field === error.field))]);
        return null;
      }
      setErrors([]);
      setStage('making');
      const made = await call('reports.sendDraft', checked.data);
      if (!made.ok) {
        setStage('idle');
        if (made.error.code !== 'LOCKED') setErrors(exportErrors(made.error, ''));
        return null;
      }
      setStage('saving');
      const outcome = await download.receive(made.value.ticket, made.value.fileName, made.value.size);
      setStage('idle');
      if (outcome.kind === 'saved') return { made: made.value, savedAs: outcome.name };
      if (outcome.kind === 'cancelled') setErrors([{ message: `You cancelled saving ${made.value.fileName}, so it was not saved. It is recorded as sent; make it again to send it.` }]);
      else if (outcome.error.code !== 'LOCKED') setErrors([{ message: `${made.value.fileName} was made but could not be saved: ${outcome.error.message} Make it again to send it.` }]);
      return null;
    },
    [call, download],
  );

  return { stage, progress: download.progress, errors, send, cancel: download.cancel };
}
