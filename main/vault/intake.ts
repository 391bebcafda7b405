/**
 * Placing one file into a secured set, streamed (PLACEHOLDER: the vault core builds this).
 */
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/open-database.ts';
import type { OpenStore } from '../store/open-store.ts';
import type { KeyRecipient } from './file-key.ts';
import type { PlacedFile, StreamOptions } from './transfer-desk.ts';

export interface IntakeTarget {
  readonly setId: number;
  /** Every recipient the file key is sealed to: the representative and the agency's recovery key. */
  readonly recipients: readonly { readonly recipient: KeyRecipient; readonly publicKey: Buffer }[];
  readonly placedBy: string;
  readonly actingForAgency: boolean;
  readonly note: string;
}

export async function placeFile(
  _store: OpenStore,
  _target: IntakeTarget,
  _path: string,
  _declaredSize: number,
  _source: AsyncIterable<Uint8Array>,
  _options: StreamOptions = {},
): Promise<PlacedFile> {
  throw new AppError('NOT_FOUND', 'Not built yet.');
}

/** Removes files left 'receiving' by a cancel, a crash or a lock; returns how many. */
export function removeUnfinishedIntakes(_db: Db): number {
  return 0;
}
