/**
 * Reading a secured file back, streamed: one sealed chunk read at a time by its place (no
 * statement iterator is held across an await, so a lock or another call in between is safe),
 * opened under the file's key with its place and "last" flag, hashed as it goes. The seals
 * already refuse a chunk that was altered, moved, swapped or cut off; the hash and size at the
 * end are the intake's own record, checked as well.
 *
 * Each chunk is handed on as soon as it opens, so a consumer has the earlier chunks before the
 * final hash is known; a chunk that does not open is never handed on. Throws FILE_DAMAGED
 * naming the file, LOCKED if the store locked in the middle, NOT_FOUND for a file that is not
 * stored, and the signal's AbortError (transfer-aborted.ts) on a cancel.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import type { OpenStore } from '../store/open-store.ts';
import { chunkCount, findSecuredFile, sealedKey, type SecuredFileRow } from '../store/repositories/secured-files.ts';
import { holdSmallCache } from './cache-budget.ts';
import { openChunk } from './chunk-cipher.ts';
import { openFileKey, type KeyRecipient } from './file-key.ts';
import { throwIfAborted } from './transfer-aborted.ts';
import type { StreamOptions } from './transfer-desk.ts';

/** The file's key, opened with the recipient's private key; FILE_DAMAGED naming the file if it does not open. */
export async function unsealFileKey(store: OpenStore, fileId: number, privateKey: Buffer, recipient: KeyRecipient): Promise<Buffer> {
  const file = storedFile(store, fileId);
  const sealed = sealedKey(store.db, fileId, recipient);
  if (sealed === undefined) {
    throw new AppError('FILE_DAMAGED', `The key of the secured file "${file.path}" is missing for this person: the secured files have been altered. Restore the store from a backup taken before the change.`);
  }
  try {
    return await openFileKey(privateKey, sealed, store.storeId, file.uid, recipient);
  } catch {
    throw new AppError('FILE_DAMAGED', `The key of the secured file "${file.path}" does not open with this key: it was sealed to someone else, or it has been altered.`);
  }
}

/** The file's bytes in order; the hash and size are checked at the end and FILE_DAMAGED thrown on a mismatch. */
export async function* readSecuredFile(store: OpenStore, fileId: number, fileKey: Buffer, options: StreamOptions = {}): AsyncGenerator<Buffer> {
  throwIfAborted(options.signal);
  const file = storedFile(store, fileId);
  const chunks = file.chunks ?? 0;
  // A chunk added at the end would otherwise go unread: the last one read says "last".
  if (chunkCount(store.db, fileId) !== chunks) throw damaged(file, 'it does not have the parts it was stored with');
  const releaseCache = holdSmallCache(store.db);
  try {
    const select = store.db.prepare('SELECT sealed FROM secured_file_chunks WHERE file_id = ? AND seq = ?').pluck();
    const hash = createHash('sha256');
    let size = 0;
    for (let seq = 0; seq < chunks; seq += 1) {
      throwIfAborted(options.signal);
      if (store.isClosed) throw new AppError('LOCKED', 'The store locked while the file was being read. Unlock it and start again.');
      const sealed = select.get(fileId, seq) as Buffer | undefined;
      if (sealed === undefined) throw damaged(file, `part ${seq + 1} of ${chunks} is missing`);
      let plaintext: Buffer;
      try {
        plaintext = openChunk(fileKey, file.uid, seq, seq === chunks - 1, sealed);
      } catch {
        throw damaged(file, `part ${seq + 1} of ${chunks} fails its seal`);
      }
      hash.update(plaintext);
      size += plaintext.length;
      yield plaintext;
      options.onProgress?.(size);
    }
    if (size !== file.size) throw damaged(file, `it read back as ${size.toLocaleString('en-GB')} bytes, not the ${file.size.toLocaleString('en-GB')} taken in`);
    if (hash.digest('hex') !== file.sha256) throw damaged(file, 'its bytes no longer match the hash taken when it was added');
  } finally {
    releaseCache();
  }
}

function storedFile(store: OpenStore, fileId: number): SecuredFileRow {
  if (store.isClosed) throw new AppError('LOCKED', 'The store is locked. Unlock it with your passphrase to carry on.');
  const file = findSecuredFile(store.db, fileId);
  if (file === undefined || file.state !== 'stored' || file.sha256 === null || file.chunks === null) {
    throw new AppError('NOT_FOUND', 'There is no such secured file. It may have been destroyed with its set; refresh the page.');
  }
  return file;
}

function damaged(file: SecuredFileRow, what: string): AppError {
  return new AppError('FILE_DAMAGED', `The secured file "${file.path}" is damaged: ${what}. Restore the store from a backup taken before the damage, or ask the agency for the records again.`);
}
