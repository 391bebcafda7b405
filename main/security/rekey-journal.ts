/**
 * A rekey killed while SQLite was writing the re-encrypted pages back into the database. The old
 * pages are safe in the rollback journal beside it, which SQLite plays back at the next open, as
 * after any interrupted transaction; but page 1 may already be the new one, with the new key's
 * salt in its first 16 bytes. SQLCipher takes the salt from there, so under the old key it can
 * read neither the database nor the journal, and under the new key not the journal: neither key
 * opens the store (found by test/unit/crash-safety/rekey-killed.test.ts). Putting back the old
 * salt, which the key file still names, lets the old key read the journal, and SQLite rolls the
 * whole rekey back.
 */
import fs from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import type { KeyFile } from '../store/key-file.ts';
import { OpenStore, type StoreOpenOptions } from '../store/open-store.ts';
import { databaseSalt, type StorePaths } from '../store/store-folder.ts';
import { acquireWriterLock } from '../store/writer-lock.ts';

/** Whether the database looks like a rekey cut short while writing it: a journal beside it, and a salt the key file does not name. */
export function reEncryptionInterrupted(paths: StorePaths, keyFile: KeyFile): boolean {
  const journal = `${paths.database}-journal`;
  return keyFile.pendingRekey !== undefined && fs.existsSync(journal) && fs.statSync(journal).size > 0 && databaseSalt(paths) !== keyFile.databaseSalt;
}

/**
 * Rolls the interrupted rekey back and opens the store under the old key, or puts every byte back
 * as it was and throws KEY_REJECTED. Only the writer may: a journal being written by a live copy
 * is not an interrupted one, and the writer lock is held only while no other copy is alive.
 */
export function openRollingBackReEncryption(paths: StorePaths, keyFile: KeyFile, oldKey: Buffer, options: StoreOpenOptions): OpenStore {
  if (options.skipWriterLock) throw new AppError('KEY_REJECTED', `The store at ${paths.folder} is part-way through a change of keys. Open it in the app first, which finishes or undoes the change; then run this again.`);
  const writerLock = acquireWriterLock(paths.folder);
  try {
    const newSalt = Buffer.from(databaseSalt(paths), 'hex');
    writeSalt(paths.database, Buffer.from(keyFile.databaseSalt, 'hex'));
    try {
      return OpenStore.open(paths, oldKey, keyFile, options);
    } catch (error) {
      // The journal did not roll back: leave page 1 as the rekey left it.
      if (databaseSalt(paths) === keyFile.databaseSalt) writeSalt(paths.database, newSalt);
      throw error;
    }
  } finally {
    writerLock.release();
  }
}

function writeSalt(file: string, salt: Buffer): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, salt, 0, 16, 0);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
