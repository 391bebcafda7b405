/**
 * Answering a task, in three steps the person sees one after another: the chosen files go first
 * (each staged with exchange.stage, then sent beside the contract with its progress); then main
 * reads them, makes the bundle, seals it to the sender's install and signs it (exchange.answer);
 * then the bundle is saved where the person chooses by redeeming its one-time ticket.
 *
 * Main records the bundle as sent, and the task as answered, when it makes it: a save that is
 * cancelled or fails afterwards is said plainly, since making it again is not possible here.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorValue } from '../../shared/errors.ts';
import type { BundleMade } from '../../shared/exchange/exchange-view.ts';
import type { AnswerInput } from '../../shared/ipc/exchange-calls.ts';
import { downloadTicket, uploadFile } from '../api/transfer.ts';
import { useApi } from '../session/api-context.tsx';
import type { Progress } from '../vault/progress-words.ts';
import type { FileChoice } from './file-choice.ts';

export type AnswerPhase =
  | { readonly state: 'idle' }
  | { readonly state: 'sending-file'; readonly name: string; readonly index: number; readonly count: number; readonly progress: Progress }
  | { readonly state: 'making' }
  | { readonly state: 'saving'; readonly fileName: string; readonly progress: Progress };

export type AnswerOutcome =
  /** The bundle was made and saved. */
  | { readonly kind: 'saved'; readonly made: BundleMade; readonly savedAs: string }
  /** A file could not be sent: nothing was made. `name` is the file's. */
  | { readonly kind: 'file-refused'; readonly name: string; readonly error: ErrorValue }
  /** Main refused to make the bundle: nothing was made. */
  | { readonly kind: 'refused'; readonly error: ErrorValue }
  /** The person cancelled while a file was on its way: nothing was made. */
  | { readonly kind: 'cancelled' }
  /** Made and recorded as sent, but not saved. */
  | { readonly kind: 'not-saved'; readonly made: BundleMade; readonly cancelled: boolean; readonly message: string };

export interface UseAnswer {
  readonly phase: AnswerPhase;
  readonly busy: boolean;
  /** `input` is given the staged files' ids, in the order chosen. */
  readonly run: (choice: FileChoice, input: (stagedIds: readonly number[]) => AnswerInput) => Promise<AnswerOutcome>;
  /** Stops a file on its way or the bundle's save; making the bundle itself cannot be stopped. */
  readonly cancel: () => void;
}

export function useAnswer(): UseAnswer {
  const call = useApi();
  const [phase, setPhase] = useState<AnswerPhase>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // Leaving the page mid-way stops the transfer, as a cancel would.
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback<UseAnswer['run']>(
    async (choice, input) => {
      const abort = new AbortController();
      controller.current = abort;
      try {
        const stagedIds: number[] = [];
        for (const [index, chosen] of choice.files.entries()) {
          const progress = (done: number, total: number | null) => setPhase({ state: 'sending-file', name: chosen.name, index, count: choice.files.length, progress: { done, total } });
          progress(0, chosen.size);
          const granted = await call('exchange.stage', { fileName: chosen.name, size: chosen.size, ...(choice.pickId === null ? {} : { pickId: choice.pickId }) });
          if (!granted.ok) return { kind: 'file-refused', name: chosen.name, error: granted.error };
          const sent = await uploadFile(granted.value.ticket, chosen.file, (moved) => progress(moved.bytesDone, moved.bytesTotal ?? chosen.size), abort.signal);
          if (abort.signal.aborted || (sent.ok && sent.value.kind === 'cancelled')) return { kind: 'cancelled' };
          if (!sent.ok) return { kind: 'file-refused', name: chosen.name, error: sent.error };
          if (sent.value.kind !== 'placed') return { kind: 'file-refused', name: chosen.name, error: { code: 'INTERNAL', message: 'The file was not taken in as expected. Try again.' } };
          stagedIds.push(sent.value.fileId);
        }

        setPhase({ state: 'making' });
        const made = await call('exchange.answer', input(stagedIds));
        if (!made.ok) return { kind: 'refused', error: made.error };

        const bundle = made.value;
        setPhase({ state: 'saving', fileName: bundle.fileName, progress: { done: 0, total: bundle.size } });
        const saved = await downloadTicket(bundle.ticket, bundle.fileName, (moved) => setPhase({ state: 'saving', fileName: bundle.fileName, progress: { done: moved.bytesDone, total: moved.bytesTotal ?? bundle.size } }), abort.signal);
        if (saved.ok && saved.value.kind === 'saved') return { kind: 'saved', made: bundle, savedAs: saved.value.name };
        const cancelled = abort.signal.aborted || (saved.ok && saved.value.kind === 'cancelled');
        return { kind: 'not-saved', made: bundle, cancelled, message: saved.ok ? 'The bundle came back in a way this screen does not expect.' : saved.error.message };
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
