/**
 * Opens the SQLCipher 4 database with a raw 256-bit key and sets every pragma in one place,
 * before anything else reads. Kept apart from migrations so tests and tools can open a store
 * at any schema version.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors.ts';

export type Db = Database.Database;

/**
 * 256 MiB for the main connection. Every cache miss decrypts and checks a page, so a scan that
 * misses costs several times the plaintext one: with 128 MiB against a 133 MiB store the
 * benchmark's scan ran at 2.3x plaintext, with 256 MiB at 0.95x. SQLite fills the cache only
 * as pages are read, so the cost is min(store size, 256 MiB): at most about 3% of an 8 GB
 * council desktop. Bulk file contents (a later issue) must bypass it.
 */
export const PAGE_CACHE_KIB = 262_144;

export interface OpenOptions {
  readonly readonly?: boolean;
  /** Only `create-store` may make a new file; every other open requires it to exist. */
  readonly create?: boolean;
  readonly cacheKiB?: number;
}

export function keyPragma(masterKey: Buffer): string {
  if (masterKey.length !== 32) throw new Error('The master key must be 32 bytes.');
  return `key="x'${masterKey.toString('hex')}'"`;
}

/** Applies the cipher settings and key; throws KEY_REJECTED if the key does not decrypt page 1. */
export function openDatabase(file: string, masterKey: Buffer, options: OpenOptions = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: !(options.create ?? false) });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(keyPragma(masterKey));
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_NOTADB') {
        throw new AppError('KEY_REJECTED', `The key does not open ${file}: the key file is an old copy from before the keys were changed, or the database is damaged. Use the current key file, or restore both files from a backup. Nothing was changed.`);
      }
      if (code === 'SQLITE_CORRUPT') {
        throw new AppError('STORE_DAMAGED', `The database file ${file} is damaged. Restore it from a backup. Nothing was changed.`);
      }
      throw error;
    }
    applyConnectionPragmas(db, options.cacheKiB ?? PAGE_CACHE_KIB);
    // SQLite gives its -wal and -shm files the database's mode: owner only, for all three.
    if (!db.readonly && process.platform !== 'win32') fs.chmodSync(file, 0o600);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function applyConnectionPragmas(db: Db, cacheKiB: number): void {
  // Sort spills and temporary tables would otherwise be written to disk in plaintext.
  db.pragma('temp_store=MEMORY');
  db.pragma(`cache_size=-${cacheKiB}`);
  db.pragma('foreign_keys=ON');
  if (!db.readonly) {
    db.pragma('journal_mode=WAL');
    db.pragma('synchronous=FULL');
  }
}
