import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { initialiseStore } from '../../../main/security/initialise-store.ts';
import { openDatabase } from '../../../main/store/open-database.ts';
import { SCHEMA_VERSION } from '../../../main/store/migrations/index.ts';
import { WRITER_LOCK_FILE } from '../../../main/store/writer-lock.ts';
import { DATABASE_FILE, KEY_FILE } from '../../../main/store/store-folder.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, snapshotFolder, type TempStore } from '../helpers/temp-store.ts';

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('opening a folder that does not hold a good store', () => {
  let temp: TempStore;
  afterEach(() => temp?.cleanup());

  async function closedStore(): Promise<TempStore> {
    temp = await makeTempStore();
    temp.session.lock();
    return temp;
  }

  it('refuses a wrong passphrase with a clear message and changes no file', async () => {
    const { folder } = await closedStore();
    const before = snapshotFolder(folder);
    const error = await failure(unlock(folder, ADMIN, 'not the right passphrase'));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/passphrase is not right/);
    expect(snapshotFolder(folder)).toEqual(before);
  });

  it('says which user is unknown', async () => {
    const { folder } = await closedStore();
    const error = await failure(unlock(folder, 'Nobody Known', ADMIN_PASSPHRASE));
    expect(error.code).toBe('UNKNOWN_USER');
    expect(error.message).toContain('Nobody Known');
  });

  it('refuses a truncated database file and leaves its bytes as they were', async () => {
    const { folder } = await closedStore();
    const database = path.join(folder, DATABASE_FILE);
    fs.truncateSync(database, fs.statSync(database).size - 1000);
    const before = snapshotFolder(folder);
    const error = await failure(unlock(folder, ADMIN, ADMIN_PASSPHRASE));
    expect(error.code).toBe('STORE_DAMAGED');
    expect(error.message).toMatch(/truncated or damaged/);
    expect(snapshotFolder(folder)).toEqual(before);
  });

  it('refuses a database cut short at a page boundary, which SQLite would otherwise read', async () => {
    const { folder } = await closedStore();
    const database = path.join(folder, DATABASE_FILE);
    fs.truncateSync(database, fs.statSync(database).size - 4096 * 3);
    const before = snapshotFolder(folder);
    const error = await failure(unlock(folder, ADMIN, ADMIN_PASSPHRASE));
    expect(error.code).toBe('STORE_DAMAGED');
    expect(snapshotFolder(folder)).toEqual(before);
  });

  it('refuses an empty database file rather than starting a new store in it', async () => {
    const { folder } = await closedStore();
    fs.truncateSync(path.join(folder, DATABASE_FILE), 0);
    const before = snapshotFolder(folder);
    const error = await failure(unlock(folder, ADMIN, ADMIN_PASSPHRASE));
    expect(error.code).toBe('STORE_DAMAGED');
    expect(snapshotFolder(folder)).toEqual(before);
  });

  it('refuses a database file of random bytes, naming the mismatch, and leaves it alone', async () => {
    const { folder } = await closedStore();
    const database = path.join(folder, DATABASE_FILE);
    fs.writeFileSync(database, crypto.randomBytes(fs.statSync(database).size));
    const before = snapshotFolder(folder);
    const error = await failure(unlock(folder, ADMIN, ADMIN_PASSPHRASE));
    expect(error.code).toBe('KEY_FILE_MISMATCH');
    expect(error.message).toMatch(/replaced/);
    expect(snapshotFolder(folder)).toEqual(before);
  });

  it('refuses a database whose pages were overwritten after the salt as damaged or not its key', async () => {
    const { folder } = await closedStore();
    const database = path.join(folder, DATABASE_FILE);
    const bytes = fs.readFileSync(database);
    crypto.randomBytes(bytes.length - 16).copy(bytes, 16);
    fs.writeFileSync(database, bytes);
    const before = snapshotFolder(folder);
    const error = await failure(unlock(folder, ADMIN, ADMIN_PASSPHRASE));
    expect(['KEY_REJECTED', 'STORE_DAMAGED']).toContain(error.code);
    expect(snapshotFolder(folder)).toEqual(before);
  });

  it('refuses a key file from another store, even one with the same user and passphrase', async () => {
    const { folder, root } = await closedStore();
    const other = path.join(root, 'other');
    const { session } = await initialiseStore(other, ADMIN, ADMIN_PASSPHRASE);
    session.lock();
    fs.copyFileSync(path.join(other, KEY_FILE), path.join(folder, KEY_FILE));
    const before = snapshotFolder(folder);
    const error = await failure(unlock(folder, ADMIN, ADMIN_PASSPHRASE));
    expect(error.code).toBe('KEY_FILE_MISMATCH');
    expect(error.message).toMatch(/another store/);
    expect(snapshotFolder(folder)).toEqual(before);
  });

  it('refuses a key file that is not JSON', async () => {
    const { folder } = await closedStore();
    fs.writeFileSync(path.join(folder, KEY_FILE), 'not a key file');
    const before = snapshotFolder(folder);
    const error = await failure(unlock(folder, ADMIN, ADMIN_PASSPHRASE));
    expect(error.code).toBe('KEY_FILE_INVALID');
    expect(snapshotFolder(folder)).toEqual(before);
  });

  it('refuses a store from a newer schema and does not touch it', async () => {
    temp = await makeTempStore();
    const masterKey = Buffer.from(temp.session.store.masterKey);
    temp.session.lock();
    const db = openDatabase(path.join(temp.folder, DATABASE_FILE), masterKey);
    db.pragma(`user_version=${SCHEMA_VERSION + 1}`);
    db.close();
    const before = snapshotFolder(temp.folder);
    const error = await failure(unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE));
    expect(error.code).toBe('SCHEMA_TOO_NEW');
    expect(error.message).toContain(`schema ${SCHEMA_VERSION + 1}`);
    expect(snapshotFolder(temp.folder)).toEqual(before);
  });

  it('refuses an unencrypted SQLite database in place of the store', async () => {
    const { folder } = await closedStore();
    const database = path.join(folder, DATABASE_FILE);
    fs.rmSync(database);
    const plain = new Database(database);
    plain.exec('CREATE TABLE t (x)');
    plain.close();
    const before = snapshotFolder(folder);
    const error = await failure(unlock(folder, ADMIN, ADMIN_PASSPHRASE));
    expect(error.code).toBe('NOT_A_STORE');
    expect(snapshotFolder(folder)).toEqual(before);
  });

  it('says a folder holds no store, and names a missing half', async () => {
    const { folder, root } = await closedStore();
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    expect((await failure(unlock(empty, ADMIN, ADMIN_PASSPHRASE))).code).toBe('STORE_NOT_FOUND');
    expect((await failure(unlock(path.join(root, 'absent'), ADMIN, ADMIN_PASSPHRASE))).code).toBe('STORE_NOT_FOUND');
    fs.rmSync(path.join(folder, KEY_FILE));
    const error = await failure(unlock(folder, ADMIN, ADMIN_PASSPHRASE));
    expect(error.code).toBe('STORE_INCOMPLETE');
    expect(error.message).toMatch(/no key file/);
  });

  it('will not create a store over an existing one', async () => {
    const { folder } = await closedStore();
    const before = snapshotFolder(folder);
    const error = await failure(initialiseStore(folder, 'Second Admin', ADMIN_PASSPHRASE));
    expect(error.code).toBe('STORE_EXISTS');
    expect(snapshotFolder(folder)).toEqual(before);
  });

  it('creates the folder for a new store when it does not exist yet', async () => {
    temp = await makeTempStore();
    const nested = path.join(temp.root, 'a', 'b', 'new-store');
    const { session } = await initialiseStore(nested, ADMIN, ADMIN_PASSPHRASE);
    session.lock();
    // The writer lock stays beside the store (main/store/writer-lock.ts); it holds no record.
    expect(fs.readdirSync(nested).sort()).toEqual([DATABASE_FILE, KEY_FILE, WRITER_LOCK_FILE].sort());
  });
});
