/**
 * Bringing a bundle file in to be checked: exchange.stage grants a one-time ticket, then the file
 * travels beside the contract with its progress (in the desktop app main reads the file it
 * picked itself; in the preview the page sends the file chosen). The staged id it answers with
 * is what exchange.preview and exchange.apply take.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorValue } from '../../shared/errors.ts';
import { uploadFile } from '../api/transfer.ts';
import { useApi } from '../session/api-context.tsx';
import type { Progress } from '../vault/progress-words.ts';

/** A bundle file chosen: by the page (the preview) or by main's own dialog (the desktop app). */
export interface ChosenBundle {
  readonly name: string;
  readonly size: number;
  readonly file: File | null;
  readonly pickId: string | null;
}

export type UploadOutcome = { readonly kind: 'staged'; readonly stagedId: number } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly error: ErrorValue };

export interface BundleUpload {
  /** Null while nothing is on its way. */
  readonly progress: Progress | null;
  readonly upload: (chosen: ChosenBundle) => Promise<UploadOutcome>;
  readonly cancel: () => void;
}

const NOT_PLACED: ErrorValue = { code: 'INTERNAL', message: 'The file was sent but main did not say where it was kept. Choose it again.' };

export function useBundleUpload(): BundleUpload {
  const call = useApi();
  const [progress, setProgress] = useState<Progress | null>(null);
  const controller = useRef<AbortController | null>(null);
  // Leaving the page mid-way stops the upload, as a cancel would.
  useEffect(() => () => controller.current?.abort(), []);

  const upload = useCallback(
    async (chosen: ChosenBundle): Promise<UploadOutcome> => {
      const granted = await call('exchange.stage', { fileName: chosen.name, size: chosen.size, ...(chosen.pickId === null ? {} : { pickId: chosen.pickId }) });
      if (!granted.ok) return { kind: 'failed', error: granted.error };
      const abort = new AbortController();
      controller.current = abort;
      setProgress({ done: 0, total: chosen.size });
      const sent = await uploadFile(granted.value.ticket, chosen.file, (moved) => setProgress({ done: moved.bytesDone, total: moved.bytesTotal ?? chosen.size }), abort.signal);
      controller.current = null;
      setProgress(null);
      if (!sent.ok) return abort.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', error: sent.error };
      if (sent.value.kind === 'cancelled') return { kind: 'cancelled' };
      if (sent.value.kind !== 'placed') return { kind: 'failed', error: NOT_PLACED };
      return { kind: 'staged', stagedId: sent.value.fileId };
    },
    [call],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress, upload, cancel };
}
