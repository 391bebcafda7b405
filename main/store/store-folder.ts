/**
 * A store is a folder holding two files: the encrypted database and the key file beside it.
 * This module knows their names and tells apart the ways a folder can fail to hold a store,
 * before any key is tried and without writing anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';

export const DATABASE_FILE = 'store.prm';
export const KEY_FILE = 'store.keys.json';
/** SQLCipher 4's default page size; a database file is a whole number of pages. */
export const PAGE_SIZE = 4096;
const SQLITE_PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface StorePaths {
  readonly folder: string;
  readonly database: string;
  readonly keyFile: string;
}

export function storePaths(folder: string): StorePaths {
  const resolved = path.resolve(folder);
  return { folder: resolved, database: path.join(resolved, DATABASE_FILE), keyFile: path.join(resolved, KEY_FILE) };
}

export function holdsAnyStoreFile(paths: StorePaths): boolean {
  return fs.existsSync(paths.database) || fs.existsSync(paths.keyFile);
}

/** Checks the database file's shape; returns its first 16 bytes, which SQLCipher uses as the salt. */
export function inspectDatabaseFile(paths: StorePaths): Buffer {
  if (!fs.existsSync(paths.folder)) {
    throw new AppError('STORE_NOT_FOUND', `There is no folder at ${paths.folder}. Check the path, or create a store there with init.`);
  }
  const hasDatabase = fs.existsSync(paths.database);
  const hasKeyFile = fs.existsSync(paths.keyFile);
  if (!hasDatabase && !hasKeyFile) {
    throw new AppError('STORE_NOT_FOUND', `The folder ${paths.folder} holds no Practice Review Manager store (no ${DATABASE_FILE} or ${KEY_FILE}). Choose the folder that holds both files.`);
  }
  if (!hasDatabase) {
    throw new AppError('STORE_INCOMPLETE', `The folder ${paths.folder} has a key file but no database file (${DATABASE_FILE}). Restore the database from a backup, or choose the folder that holds both files.`);
  }
  if (!hasKeyFile) {
    throw new AppError('STORE_INCOMPLETE', `The folder ${paths.folder} has a database file but no key file (${KEY_FILE}). Restore the key file from a backup, or choose the folder that holds both files.`);
  }
  const stat = fs.statSync(paths.database);
  if (!stat.isFile()) throw new AppError('NOT_A_STORE', `${paths.database} is not a file.`);
  const head = readFileHead(paths.database);
  if (head.equals(SQLITE_PLAINTEXT_HEADER)) {
    throw new AppError('NOT_A_STORE', `${paths.database} is an unencrypted SQLite database, not a Practice Review Manager store. Nothing was changed.`);
  }
  if (stat.size < PAGE_SIZE || stat.size % PAGE_SIZE !== 0) {
    throw new AppError('STORE_DAMAGED', `The database file ${paths.database} is truncated or damaged (${stat.size} bytes is not a whole number of pages). Restore it from a backup. Nothing was changed.`);
  }
  return head;
}

/** The salt SQLCipher keeps in the database file's first 16 bytes, as the key file records it. */
export function databaseSalt(paths: StorePaths): string {
  return readFileHead(paths.database).toString('hex');
}

/** The first 16 bytes of a file: SQLCipher's salt, or SQLite's plaintext header. */
function readFileHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    return head;
  } finally {
    fs.closeSync(fd);
  }
}
