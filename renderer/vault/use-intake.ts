/**
 * Placing chosen files in a secured set: one authorised call (vault.beginIntake) grants a
 * one-time ticket per file, then the files travel one at a time beside the contract, each with
 * its own progress. A cancel stops the file on its way (main keeps nothing of it) and sends no
 * more; a file that fails is reported by name and the others still go.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorValue } from '../../shared/errors.ts';
import { uploadFile } from '../api/transfer.ts';
import { useApi } from '../session/api-context.tsx';
import { totalBytes, type IntakeChoice } from './intake-choice.ts';

export type IntakeFileStatus =
  | { readonly state: 'waiting' }
  | { readonly state: 'sending'; readonly done: number }
  | { readonly state: 'placed' }
  | { readonly state: 'failed'; readonly message: string }
  /** Stopped on its way by the person's cancel: nothing of it was kept. */
  | { readonly state: 'cancelled' }
  /** Never sent, because the person cancelled before its turn. */
  | { readonly state: 'not-sent' };

export interface IntakeFileRun {
  readonly path: string;
  readonly size: number;
  readonly status: IntakeFileStatus;
}

export interface IntakeRun {
  readonly files: readonly IntakeFileRun[];
  readonly finished: boolean;
  readonly cancelled: boolean;
}

export interface UseIntake {
  /** Null until main has granted the tickets. */
  readonly run: IntakeRun | null;
  /** Asks main for the tickets and sends the files; the refusal, if main refuses them all. */
  readonly start: (input: { reference: string; agency: string; note: string; choice: IntakeChoice }) => Promise<ErrorValue | null>;
  readonly cancel: () => void;
}

export function useIntake(onFinished: () => void): UseIntake {
  const call = useApi();
  const [run, setRun] = useState<IntakeRun | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page mid-way stops the transfer, as a cancel would.
  useEffect(() => () => controller.current?.abort(), []);

  const setFile = (index: number, status: IntakeFileStatus) =>
    setRun((current) => (current === null ? current : { ...current, files: current.files.map((file, at) => (at === index ? { ...file, status } : file)) }));

  const start = useCallback<UseIntake['start']>(
    async ({ reference, agency, note, choice }) => {
      const granted = await call('vault.beginIntake', {
        reference,
        agency,
        note,
        files: choice.files.map(({ path, size }) => ({ path, size })),
        ...(choice.pickId === null ? {} : { pickId: choice.pickId }),
      });
      if (!granted.ok) return granted.error;
      const abort = new AbortController();
      controller.current = abort;
      const tickets = new Map(granted.value.tickets.map((grant) => [grant.path, grant.ticket]));
      setRun({ files: choice.files.map(({ path, size }) => ({ path, size, status: { state: 'waiting' } })), finished: false, cancelled: false });

      for (const [index, chosen] of choice.files.entries()) {
        if (abort.signal.aborted) {
          setFile(index, { state: 'not-sent' });
          continue;
        }
        const ticket = tickets.get(chosen.path);
        if (ticket === undefined) {
          setFile(index, { state: 'failed', message: 'Main did not accept this file. Try adding it again.' });
          continue;
        }
        setFile(index, { state: 'sending', done: 0 });
        const sent = await uploadFile(ticket, chosen.file, (progress) => setFile(index, { state: 'sending', done: progress.bytesDone }), abort.signal);
        if (sent.ok) setFile(index, sent.value.kind === 'cancelled' ? { state: 'cancelled' } : { state: 'placed' });
        else setFile(index, abort.signal.aborted ? { state: 'cancelled' } : { state: 'failed', message: sent.error.message });
      }
      controller.current = null;
      setRun((current) => (current === null ? current : { ...current, finished: true, cancelled: abort.signal.aborted }));
      onFinished();
      return null;
    },
    [call, onFinished],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { run, start, cancel };
}

/** Bytes sent so far across every file, and in all. */
export function runProgress(run: IntakeRun): { done: number; total: number } {
  const done = run.files.reduce((sum, file) => sum + (file.status.state === 'placed' ? file.size : file.status.state === 'sending' ? file.status.done : 0), 0);
  return { done, total: totalBytes(run.files) };
}

export function countIn(run: IntakeRun, state: IntakeFileStatus['state']): number {
  return run.files.filter((file) => file.status.state === state).length;
}
