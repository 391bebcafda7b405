/**
 * Placing one file into a secured set, streamed: the bytes arrive in whatever pieces the
 * transport reads, are cut into SECURED_CHUNK_BYTES chunks, hashed, sealed under the file's
 * own random key and written a few chunks at a time, so no more than one batch of chunks is
 * ever in memory whatever the file's size. The file is 'receiving' (never shown) until its
 * last chunk is in; then one change seals its key to every recipient, marks it stored and
 * records the event. Anything that stops it on the way leaves no row behind.
 *
 * What it throws: AppError INVALID_INPUT (size differs from the one declared), CONFLICT (a
 * stored file of that path is already in the set, or the set was closed meanwhile), LOCKED
 * (the store locked in the middle); and, when options.signal aborts, the signal's AbortError
 * (transfer-aborted.ts), which is not an AppError, so the transport can tell a cancel apart.
 */
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { SECURED_FILE_RECORD, securedFileRecordId } from '../../shared/vault/access-log.ts';
import { SECURED_CHUNK_BYTES } from '../../shared/vault/secured-files.ts';
import type { Db } from '../store/open-database.ts';
import type { OpenStore } from '../store/open-store.ts';
import { findSetById } from '../store/repositories/secured-sets.ts';
import {
  appendChunks,
  deleteFileCompletely,
  insertReceivingFile,
  markStored,
  putSealedKey,
  receivingFileIds,
  storedFileWithPath,
  type StoredFacts,
} from '../store/repositories/secured-files.ts';
import { holdSmallCache } from './cache-budget.ts';
import { sealChunk } from './chunk-cipher.ts';
import { newFileKey, sealFileKey, type KeyRecipient } from './file-key.ts';
import { sniffMediaType } from './sniff-media-type.ts';
import { throwIfAborted } from './transfer-aborted.ts';
import type { PlacedFile, StreamOptions } from './transfer-desk.ts';

export interface IntakeTarget {
  readonly setId: number;
  /** Every recipient the file key is sealed to: the representative and the agency's recovery key. */
  readonly recipients: readonly { readonly recipient: KeyRecipient; readonly publicKey: Buffer }[];
  readonly placedBy: string;
  readonly actingForAgency: boolean;
  readonly note: string;
}

/**
 * Chunks written per transaction: big enough that each commit's fsync is spread over several
 * megabytes, small enough that a batch stays well inside the transfer's page cache.
 */
export const INTAKE_BATCH_CHUNKS = 4;

export async function placeFile(
  store: OpenStore,
  target: IntakeTarget,
  path: string,
  declaredSize: number,
  source: AsyncIterable<Uint8Array>,
  options: StreamOptions = {},
): Promise<PlacedFile> {
  store.requireIntact();
  throwIfAborted(options.signal);
  if (target.recipients.length === 0) throw new Error('A secured file must be sealed to at least one recipient, or nobody could open it.');
  if (!Number.isSafeInteger(declaredSize) || declaredSize < 0) throw new AppError('INVALID_INPUT', `The size given for "${path}" is not a number of bytes. Choose the file again.`);
  if (storedFileWithPath(store.db, target.setId, path) !== undefined) throw alreadyStored(path);

  const uid = randomUUID();
  const fileKey = newFileKey();
  const fileId = store.db
    .transaction(() =>
      insertReceivingFile(store.db, {
        setId: target.setId,
        uid,
        path,
        size: declaredSize,
        chunkBytes: SECURED_CHUNK_BYTES,
        note: target.note,
        placedBy: target.placedBy,
        placedAt: new Date().toISOString(),
        actingForAgency: target.actingForAgency,
      }),
    )
    .immediate();
  const releaseCache = holdSmallCache(store.db);
  try {
    const facts = await streamChunks(store, { fileId, uid, fileKey, path, declaredSize }, source, options);
    const sealedKeys = await Promise.all(
      target.recipients.map(async ({ recipient, publicKey }) => ({ recipient, sealed: await sealFileKey(fileKey, publicKey, store.storeId, uid, recipient) })),
    );
    throwIfAborted(options.signal);
    store.change((db, audit) => {
      if (findSetById(db, target.setId)?.state !== 'active') {
        throw new AppError('CONFLICT', `"${path}" was not added: the secured set was closed while it was being received.`);
      }
      for (const { recipient, sealed } of sealedKeys) putSealedKey(db, fileId, recipient, sealed);
      if (!markStored(db, fileId, facts)) throw new AppError('CONFLICT', `"${path}" was not added: its intake was removed while it was being received. Add it again.`);
      audit({
        actorId: target.placedBy,
        action: 'secured.placed',
        recordType: SECURED_FILE_RECORD,
        recordId: securedFileRecordId(target.setId, fileId),
        details: { path, note: target.note, sha256: facts.sha256, size: facts.size, mediaType: facts.mediaType, actingForAgency: target.actingForAgency },
      });
    });
    return { fileId, sha256: facts.sha256, size: facts.size, mediaType: facts.mediaType };
  } catch (error) {
    discardReceiving(store, fileId);
    if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw alreadyStored(path);
    throw error;
  } finally {
    releaseCache();
    fileKey.fill(0);
  }
}

interface Receiving {
  readonly fileId: number;
  readonly uid: string;
  readonly fileKey: Buffer;
  readonly path: string;
  readonly declaredSize: number;
}

/** Cuts, hashes, seals and writes the source; returns what the stored row records. */
async function streamChunks(store: OpenStore, file: Receiving, source: AsyncIterable<Uint8Array>, options: StreamOptions): Promise<StoredFacts> {
  const hash = createHash('sha256');
  const filling = Buffer.allocUnsafe(SECURED_CHUNK_BYTES);
  // The declared size says which chunk is last; a source that sends more or less is refused,
  // so no stored file ever has a chunk wrongly marked last.
  const lastSeq = Math.max(1, Math.ceil(file.declaredSize / SECURED_CHUNK_BYTES)) - 1;
  let filled = 0;
  let seq = 0;
  let received = 0;
  let mediaType: string | undefined;
  let batch: { seq: number; sealed: Buffer }[] = [];

  const writeBatch = (): void => {
    if (batch.length === 0) return;
    // A lock closes the connection; stop here rather than write into a closed store.
    store.requireIntact();
    const chunks = batch;
    batch = [];
    store.db.transaction(() => appendChunks(store.db, file.fileId, chunks)).immediate();
  };
  const sealFilling = async (): Promise<void> => {
    const plaintext = filling.subarray(0, filled);
    if (seq === 0) mediaType = await sniffMediaType(plaintext);
    batch.push({ seq, sealed: sealChunk(file.fileKey, file.uid, seq, seq === lastSeq, plaintext) });
    seq += 1;
    filled = 0;
    if (batch.length >= INTAKE_BATCH_CHUNKS) writeBatch();
    options.onProgress?.(received);
  };

  for await (const piece of source) {
    throwIfAborted(options.signal);
    received += piece.length;
    if (received > file.declaredSize) throw sizeDiffers(file.path, file.declaredSize, 'more');
    hash.update(piece);
    for (let offset = 0; offset < piece.length; ) {
      const take = Math.min(SECURED_CHUNK_BYTES - filled, piece.length - offset);
      filling.set(piece.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === SECURED_CHUNK_BYTES) await sealFilling();
    }
  }
  throwIfAborted(options.signal);
  if (received !== file.declaredSize) throw sizeDiffers(file.path, file.declaredSize, 'fewer');
  // An empty file is one empty last chunk, so every stored file has a chunk that says "last".
  if (filled > 0 || seq === 0) await sealFilling();
  writeBatch();
  return { sha256: hash.digest('hex'), size: received, chunks: seq, mediaType: mediaType ?? 'application/octet-stream' };
}

/** Best effort: if the store has locked, the next unlock's removeUnfinishedIntakes clears it. */
function discardReceiving(store: OpenStore, fileId: number): void {
  if (store.isClosed) return;
  try {
    store.db.transaction(() => deleteFileCompletely(store.db, fileId)).immediate();
  } catch {
    // Left 'receiving', it is never shown, and is removed at the next unlock.
  }
}

/** Removes files left 'receiving' by a cancel, a crash or a lock; returns how many. */
export function removeUnfinishedIntakes(db: Db): number {
  return db
    .transaction(() => {
      const ids = receivingFileIds(db);
      for (const id of ids) deleteFileCompletely(db, id);
      return ids.length;
    })
    .immediate();
}

function alreadyStored(path: string): AppError {
  return new AppError('CONFLICT', `"${path}" is already in the secured files for this agency. Rename the file, or choose another, and add it again.`);
}

function sizeDiffers(path: string, declaredSize: number, direction: 'more' | 'fewer'): AppError {
  return new AppError(
    'INVALID_INPUT',
    `"${path}" sent ${direction} bytes than the ${declaredSize.toLocaleString('en-GB')} it had when it was chosen: it changed while it was being added. Nothing was kept; add it again.`,
  );
}
