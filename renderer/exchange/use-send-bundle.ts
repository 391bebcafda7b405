/**
 * Sending a bundle from a case: main makes it (sealed to the contact's install, signed by this
 * one, and logged as sent), then the page saves it by its ticket where the person chooses, with
 * progress, as a working copy of a secured file is saved. The person then sends the file by
 * their organisation's own secure transfer: the app never sends anything itself.
 */
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import type { BundleMade } from '../../shared/exchange/exchange-view.ts';
import { sendInput } from '../../shared/ipc/exchange-calls.ts';
import type { FieldError } from '../components/field-errors.ts';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';
import type { Progress } from '../vault/progress-words.ts';
import { useTicketDownload } from '../vault/use-ticket-download.ts';

export type SendStage = 'idle' | 'making' | 'saving';

/** A bundle made and saved: what the section tells the person next. */
export interface BundleSaved {
  readonly made: BundleMade;
  /** The file's name as saved (the desktop's dialog may have renamed it). */
  readonly savedAs: string;
}

export interface UseSendBundle {
  readonly stage: SendStage;
  /** While saving: how far the file has gone. */
  readonly progress: Progress | null;
  readonly errors: readonly FieldError[];
  readonly setErrors: (errors: readonly FieldError[]) => void;
  /**
   * Checks the answers against the contract's schema, then makes and saves the bundle; null when
   * it was not saved. `problems` are the form's own (a date that is not a real one), shown with
   * the schema's so that the person sees everything to correct at once.
   */
  readonly send: (answers: unknown, problems?: readonly FieldError[]) => Promise<BundleSaved | null>;
  readonly cancel: () => void;
}

/** The error summary lists problems in the order their fields come on the page, as GOV.UK asks. */
function inPageOrder(errors: readonly FieldError[]): FieldError[] {
  const place = (error: FieldError): Element | null => (error.field === undefined ? null : document.getElementById(error.field));
  return [...errors].sort((a, b) => {
    const [first, second] = [place(a), place(b)];
    if (first === second) return 0;
    if (first === null || second === null) return first === null ? -1 : 1;
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

export function useSendBundle(): UseSendBundle {
  const call = useApi();
  const download = useTicketDownload();
  const [stage, setStage] = useState<SendStage>('idle');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);

  const send = useCallback(
    async (answers: unknown, problems: readonly FieldError[] = []): Promise<BundleSaved | null> => {
      const checked = sendInput.safeParse(answers);
      if (!checked.success || problems.length > 0) {
        const fromSchema = checked.success ? [] : fieldErrorsFromIssues(checked.error.issues);
        setErrors(inPageOrder([...problems, ...fromSchema.filter((error) => !problems.some((own) => own.field === error.field))]));
        return null;
      }
      setErrors([]);
      setStage('making');
      const made = await call('exchange.send', checked.data satisfies z.output<typeof sendInput>);
      if (!made.ok) {
        setStage('idle');
        if (made.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(made.error, ''));
        return null;
      }
      setStage('saving');
      const outcome = await download.receive(made.value.ticket, made.value.fileName, made.value.size);
      setStage('idle');
      if (outcome.kind === 'saved') return { made: made.value, savedAs: outcome.name };
      if (outcome.kind === 'cancelled') {
        setErrors([{ message: `You cancelled saving ${made.value.fileName}, so it was not saved. The bundle is recorded as made; to send it, make it again.` }]);
      } else if (outcome.error.code !== 'LOCKED') {
        setErrors([{ message: `${made.value.fileName} was made but could not be saved: ${outcome.error.message} To send it, make it again.` }]);
      }
      return null;
    },
    [call, download],
  );

  return { stage, progress: download.progress, errors, setErrors, send, cancel: download.cancel };
}
