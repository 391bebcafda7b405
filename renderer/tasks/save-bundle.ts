/**
 * Saving a bundle main has made, by redeeming its one-time ticket: where the person chooses in
 * the desktop app, as a download in the preview. The first save after making it and every "save
 * it again" go the same way, so both say their progress and their outcome alike.
 */
import type { BundleMade } from '../../shared/exchange/exchange-view.ts';
import { downloadTicket } from '../api/transfer.ts';
import type { Progress } from '../vault/progress-words.ts';

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly made: BundleMade; readonly savedAs: string }
  | { readonly kind: 'not-saved'; readonly made: BundleMade; readonly cancelled: boolean; readonly message: string };

/** The ticket to redeem: the one the bundle was made with, or a fresh one from exchange.saveAgain. */
export interface SaveTicket {
  readonly ticket: string;
  readonly fileName: string;
  readonly size: number;
}

export async function saveBundle(made: BundleMade, ticket: SaveTicket, onProgress: (fileName: string, progress: Progress) => void, signal: AbortSignal): Promise<SaveOutcome> {
  onProgress(ticket.fileName, { done: 0, total: ticket.size });
  const saved = await downloadTicket(ticket.ticket, ticket.fileName, (moved) => onProgress(ticket.fileName, { done: moved.bytesDone, total: moved.bytesTotal ?? ticket.size }), signal);
  if (saved.ok && saved.value.kind === 'saved') return { kind: 'saved', made, savedAs: saved.value.name };
  const cancelled = signal.aborted || (saved.ok && saved.value.kind === 'cancelled');
  return { kind: 'not-saved', made, cancelled, message: saved.ok ? 'The bundle came back in a way this screen does not expect.' : saved.error.message };
}
