/**
 * How a secured file's bytes move beside the contract. The authorised call (vault.beginIntake,
 * vault.open in copy mode, vault.release) issues one-time tickets; the bytes then travel:
 *
 * - in the desktop app, through main alone: main opens the native dialogs and streams from and
 *   to disk, so the page never holds a path or a byte. The page asks main to pick (which gives
 *   back relative names and sizes under a pick id), then to move a ticket's bytes, and hears
 *   progress as events;
 * - in the preview, over HTTP on loopback: PUT `TRANSFER_PATH + ticket` with the file as the
 *   body to place it, GET `TRANSFER_PATH + ticket` to receive a copy (a release comes as one
 *   zip), both with the preview's token header.
 *
 * A ticket is bound to the session and person that were granted it, redeemed once, and void
 * after TICKET_LIFETIME_SECONDS or when the store locks.
 */
import type { Result } from '../errors.ts';

export const TRANSFER_PATH = '/transfer/';
export const TICKET_LIFETIME_SECONDS = 15 * 60;

/** The desktop IPC channels beside the contract's one: pick files, move a ticket's bytes, cancel. */
export const TRANSFER_CHANNELS = {
  pick: 'prm:transfer-pick',
  run: 'prm:transfer-run',
  cancel: 'prm:transfer-cancel',
  progress: 'prm:transfer-progress',
} as const;

export type PickKind = 'files' | 'folder';

export interface PickedFiles {
  readonly pickId: string;
  /** Relative paths ("folder/sub/name.pdf") and sizes; never an absolute path. */
  readonly files: readonly { readonly path: string; readonly size: number }[];
}

export interface TransferProgress {
  readonly ticket: string;
  readonly bytesDone: number;
  /** Null when the length is not known ahead (a watermarked copy, a release). */
  readonly bytesTotal: number | null;
}

/** What redeeming a ticket gives back. A person's cancel comes back as `cancelled`, not an error. */
export type TransferOutcome =
  | { readonly kind: 'placed'; readonly fileId: number; readonly sha256: string; readonly size: number }
  | { readonly kind: 'saved'; readonly name: string; readonly bytes: number }
  | { readonly kind: 'cancelled' };

/** The desktop preload's transfer half, on `window.api.transfer`. */
export interface TransferBridge {
  /** Opens main's own dialog; null when the person closes it without choosing. */
  pick(kind: PickKind): Promise<Result<PickedFiles | null>>;
  /** Moves one ticket's bytes: from the picked file for an intake, to a place main asks for otherwise. */
  run(ticket: string): Promise<Result<TransferOutcome>>;
  cancel(ticket: string): Promise<void>;
  /** Returns a function that stops listening. */
  onProgress(listener: (progress: TransferProgress) => void): () => void;
}
