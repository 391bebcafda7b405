/**
 * Receiving a ticket's bytes (a working copy, a release) with progress and a cancel. In the
 * desktop app main asks where to save and writes the file itself; in the preview the browser
 * saves it as a download.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorValue } from '../../shared/errors.ts';
import { downloadTicket } from '../api/transfer.ts';
import type { Progress } from './progress-words.ts';

export type DownloadOutcome = { readonly kind: 'saved'; readonly name: string; readonly bytes: number } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly error: ErrorValue };

export interface TicketDownload {
  /** Null while nothing is on its way. */
  readonly progress: Progress | null;
  readonly receive: (ticket: string, suggestedName: string, expectedBytes: number | null) => Promise<DownloadOutcome>;
  readonly cancel: () => void;
}

export function useTicketDownload(): TicketDownload {
  const [progress, setProgress] = useState<Progress | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const receive = useCallback(async (ticket: string, suggestedName: string, expectedBytes: number | null): Promise<DownloadOutcome> => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ done: 0, total: expectedBytes });
    const result = await downloadTicket(ticket, suggestedName, (moved) => setProgress({ done: moved.bytesDone, total: moved.bytesTotal ?? expectedBytes }), abort.signal);
    controller.current = null;
    setProgress(null);
    if (!result.ok) return abort.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', error: result.error };
    const outcome = result.value;
    if (outcome.kind === 'cancelled') return { kind: 'cancelled' };
    if (outcome.kind === 'saved') return outcome;
    return { kind: 'failed', error: { code: 'INTERNAL', message: 'The file came back in a way this screen does not expect. Try again.' } };
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress, receive, cancel };
}
