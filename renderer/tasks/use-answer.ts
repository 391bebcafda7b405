/**
 * Answering a task, in three steps the person sees one after another: the chosen files go first
 * (each staged with exchange.stage, then sent beside the contract with its progress); then main
 * reads them, makes the bundle, seals it to the sender's install and signs it (exchange.answer);
 * then the bundle is saved where the person chooses by redeeming its one-time ticket.
 *
 * Main records the bundle as sent, and the task as answered, when it makes it, and keeps the
 * file until it has been saved in full: a save cancelled or failed part-way is offered again
 * from the outcome (use-save-again.ts), never by making a second bundle.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorValue } from '../../shared/errors.ts';
import type { AnswerInput } from '../../shared/ipc/exchange-calls.ts';
import { uploadFile } from '../api/transfer.ts';
import { useApi } from '../session/api-context.tsx';
import type { Progress } from '../vault/progress-words.ts';
import type { FileChoice } from './file-choice.ts';
import { saveBundle, type SaveOutcome } from './save-bundle.ts';

export type AnswerPhase =
  | { readonly state: 'idle' }
  | { readonly state: 'sending-file'; readonly name: string; readonly index: number; readonly count: number; readonly progress: Progress }
  | { readonly state: 'making' }
  | { readonly state: 'saving'; readonly fileName: string; readonly progress: Progress };

export type AnswerOutcome =
  /** The bundle was made, and saved or (`not-saved`) made and recorded as sent but not saved. */
  | SaveOutcome
  /** A file could not be sent: nothing was made. `name` is the file's; `index` its place among all the files sent, from 0. */
  | { readonly kind: 'file-refused'; readonly name: string; readonly index: number; readonly error: ErrorValue }
  /** Main refused to make the bundle: nothing was made. */
  | { readonly kind: 'refused'; readonly error: ErrorValue }
  /** The person cancelled while a file was on its way: nothing was made. */
  | { readonly kind: 'cancelled' };

export interface UseAnswer {
  readonly phase: AnswerPhase;
  readonly busy: boolean;
  /**
   * `choices` are sent in order (one per field that chose files: an update's evidence for each
   * action comes from its own pick); `input` is given the staged files' ids in the same order.
   */
  readonly run: (choices: FileChoice | readonly FileChoice[], input: (stagedIds: readonly number[]) => AnswerInput) => Promise<AnswerOutcome>;
  /** Stops a file on its way or the bundle's save; making the bundle itself cannot be stopped. */
  readonly cancel: () => void;
}

interface OneFile {
  readonly pickId: string | null;
  readonly file: FileChoice['files'][number];
}

function filesOf(choices: FileChoice | readonly FileChoice[]): OneFile[] {
  const list: readonly FileChoice[] = 'files' in choices ? [choices] : choices;
  return list.flatMap((choice) => choice.files.map((file) => ({ pickId: choice.pickId, file })));
}

export function useAnswer(): UseAnswer {
  const call = useApi();
  const [phase, setPhase] = useState<AnswerPhase>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // Leaving the page mid-way stops the transfer, as a cancel would.
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback<UseAnswer['run']>(
    async (choices, input) => {
      const abort = new AbortController();
      controller.current = abort;
      try {
        const files = filesOf(choices);
        const stagedIds: number[] = [];
        for (const [index, { pickId, file: chosen }] of files.entries()) {
          const progress = (done: number, total: number | null) => setPhase({ state: 'sending-file', name: chosen.name, index, count: files.length, progress: { done, total } });
          progress(0, chosen.size);
          const granted = await call('exchange.stage', { fileName: chosen.name, size: chosen.size, ...(pickId === null ? {} : { pickId }) });
          if (!granted.ok) return { kind: 'file-refused', name: chosen.name, index, error: granted.error };
          const sent = await uploadFile(granted.value.ticket, chosen.file, (moved) => progress(moved.bytesDone, moved.bytesTotal ?? chosen.size), abort.signal);
          if (abort.signal.aborted || (sent.ok && sent.value.kind === 'cancelled')) return { kind: 'cancelled' };
          if (!sent.ok) return { kind: 'file-refused', name: chosen.name, index, error: sent.error };
          if (sent.value.kind !== 'placed') return { kind: 'file-refused', name: chosen.name, index, error: { code: 'INTERNAL', message: 'The file was not taken in as expected. Try again.' } };
          stagedIds.push(sent.value.fileId);
        }

        setPhase({ state: 'making' });
        const made = await call('exchange.answer', input(stagedIds));
        if (!made.ok) return { kind: 'refused', error: made.error };
        return await saveBundle(made.value, made.value, (fileName, progress) => setPhase({ state: 'saving', fileName, progress }), abort.signal);
      } finally {
        controller.current = null;
        setPhase({ state: 'idle' });
      }
    },
    [call],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { phase, busy: phase.state !== 'idle', run, cancel };
}
