/**
 * One process writes to a store at a time. A second copy of the app, or a writing command of the
 * command line while the app is open, is refused with a message that says which process holds it.
 *
 * The lock is `store.lock`, a tiny plaintext SQLite file beside the database, held by a connection
 * in exclusive locking mode after a write. That is SQLite's own operating-system lock (fcntl on
 * Linux, LockFileEx on Windows, across a network share too), and the system lets go of it when
 * the process ends, however it ends: a killed app never leaves the store locked. A pid file
 * alone would be left behind by every crash and could not tell a live holder from a dead one.
 *
 * The holder writes its process id and a tag of its computer's name into the file's header
 * (user_version and application_id), where a refused opener reads them with a plain file read:
 * the holder's lock stops SQLite, not the bytes. The file holds nothing else and nothing secret.
 *
 * Within one process the lock is shared and counted: the sessions of several people in one
 * process (the tests, the preview) are one copy of the app, and Electron's single-instance lock
 * keeps a second window of the same install to one process. Only when the last user of it closes
 * is the lock released. verify and backup take no lock (StoreOpenOptions.skipWriterLock).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors.ts';

export const WRITER_LOCK_FILE = 'store.lock';

export interface WriterLock {
  /** Gives up this holder's share; the last share closes the connection, and the lock with it. */
  release(): void;
}

interface HeldLock {
  readonly db: Database.Database;
  /** The lock file's identity, so a folder deleted and made again is not mistaken for the one locked. */
  readonly inode: number;
  holders: number;
}

/** By the store folder's real path, so two spellings of one folder are one lock. */
const held = new Map<string, HeldLock>();

/** SQLite's header: user_version at byte 60, application_id at byte 68, both big-endian 32-bit. */
const HEADER_BYTES = 72;
const PID_OFFSET = 60;
const COMPUTER_OFFSET = 68;

export function writerLockFile(folder: string): string {
  return path.join(folder, WRITER_LOCK_FILE);
}

/** Takes the store's writer lock, or throws STORE_IN_USE naming the process that has it. */
export function acquireWriterLock(folder: string): WriterLock {
  const key = fs.realpathSync(folder);
  const file = writerLockFile(key);
  const existing = held.get(key);
  if (existing !== undefined && fs.existsSync(file) && fs.statSync(file).ino === existing.inode) {
    existing.holders += 1;
    return share(key, existing);
  }
  // Owner only from the start, as the store's own files are; SQLite gives its journal the same mode.
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  // No waiting: the holder is a person's open app, which will not let go in a few seconds.
  const db = new Database(file, { timeout: 0 });
  try {
    db.pragma('locking_mode=EXCLUSIVE');
    db.transaction(() => {
      db.pragma(`application_id=${computerTag()}`);
      db.pragma(`user_version=${process.pid}`);
    }).exclusive();
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw inUse(file);
    throw new AppError('STORE_DAMAGED', `The store's lock file ${file} cannot be used (${(error as Error).message}). Close every copy of Practice Review Manager, delete that file, and try again.`);
  }
  const lock: HeldLock = { db, inode: fs.statSync(file).ino, holders: 1 };
  held.set(key, lock);
  return share(key, lock);
}

function share(key: string, lock: HeldLock): WriterLock {
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      lock.holders -= 1;
      if (lock.holders > 0) return;
      if (held.get(key) === lock) held.delete(key);
      lock.db.close();
    },
  };
}

function inUse(file: string): AppError {
  const holder = readHolder(file);
  const alongside = 'verify and backup can run alongside.';
  if (holder !== null && holder.computer !== computerTag()) {
    return new AppError('STORE_IN_USE', `The store is open for writing in a copy of Practice Review Manager on another computer. Close it there first; ${alongside}`);
  }
  const which = holder === null ? '' : ` (process ${holder.pid})`;
  return new AppError('STORE_IN_USE', `The store is open for writing in another copy of Practice Review Manager on this computer${which}. Close it first; ${alongside}`);
}

/**
 * The holder's process id and computer tag, read without SQLite. Safe only because this process
 * holds no lock on the file: closing any descriptor of a file drops the process's fcntl locks
 * on it, which is why a lock this process holds is never read this way.
 */
function readHolder(file: string): { pid: number; computer: number } | null {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const header = Buffer.alloc(HEADER_BYTES);
      if (fs.readSync(fd, header, 0, HEADER_BYTES, 0) < HEADER_BYTES) return null;
      const pid = header.readInt32BE(PID_OFFSET);
      return pid > 0 ? { pid, computer: header.readInt32BE(COMPUTER_OFFSET) } : null;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** 32 bits of a hash of the computer's name: enough to tell "this computer" from another on a shared folder. */
function computerTag(): number {
  return createHash('sha256').update(os.hostname().toLowerCase()).digest().readInt32BE(0);
}

/** Whether this process holds the store's writer lock (for tests and diagnostics). */
export function holdsWriterLock(folder: string): boolean {
  return fs.existsSync(folder) && held.has(fs.realpathSync(folder));
}
