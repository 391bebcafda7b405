/**
 * First run: a new store in a folder that holds none. It makes the master key, the audit key,
 * the recovery key (whose code is returned once, for the safe) and the first administrator.
 * If anything fails, the files it made are removed, so a retry starts clean.
 */
import fs from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { BUSINESS_UNIT } from '../../shared/organisations.ts';
import { writeKeyFile, type KeyFile } from '../store/key-file.ts';
import { migrate } from '../store/migrations/index.ts';
import { openDatabase } from '../store/open-database.ts';
import { writeMeta } from '../store/repositories/meta.ts';
import { databaseSalt, holdsAnyStoreFile, storePaths } from '../store/store-folder.ts';
import { generateMasterKey } from './master-key.ts';
import { checkPassphraseStrength } from './passphrase-wrap.ts';
import { newRecoveryKey } from './recovery-key.ts';
import { createUser, parseUserName } from './user-admin.ts';
import { unlock } from './unlock.ts';
import type { Session, SessionOptions } from './session.ts';
import { OpenStore } from '../store/open-store.ts';
import { acquireWriterLock } from '../store/writer-lock.ts';

export async function initialiseStore(folder: string, administratorName: string, passphrase: string, sessionOptions: SessionOptions = {}): Promise<{ session: Session; recoveryCode: string; storeId: string }> {
  const paths = storePaths(folder);
  if (fs.existsSync(paths.folder) && !fs.statSync(paths.folder).isDirectory()) throw new AppError('INVALID_INPUT', `${paths.folder} is a file, not a folder.`);
  if (fs.existsSync(paths.folder) && holdsAnyStoreFile(paths)) throw storeExists(paths.folder);
  const name = parseUserName(administratorName);
  checkPassphraseStrength(passphrase);
  fs.mkdirSync(paths.folder, { recursive: true, mode: 0o700 });
  // Held from the first byte written, so a second copy cannot open the store half-made; the opens below share it.
  const writerLock = acquireWriterLock(paths.folder);
  if (holdsAnyStoreFile(paths)) {
    writerLock.release();
    throw storeExists(paths.folder);
  }

  const storeId = randomUUID();
  const masterKey = generateMasterKey();
  try {
    const db = openDatabase(paths.database, masterKey, { create: true });
    try {
      migrate(db);
      db.transaction(() => writeMeta(db, { storeId, auditKey: randomBytes(32).toString('hex'), createdAt: new Date().toISOString() })).immediate();
    } finally {
      db.close();
    }
    const { recovery, code } = await newRecoveryKey(masterKey, storeId, 1);
    const keyFile: KeyFile = { format: 'practice-review-manager/key-file', version: 1, storeId, epoch: 1, databaseSalt: databaseSalt(paths), users: [], recovery };
    writeKeyFile(paths.keyFile, keyFile);

    const store = OpenStore.open(paths, masterKey, keyFile);
    try {
      store.change((_db, audit) => audit({ actorId: null, action: 'store.created', recordType: 'store', recordId: storeId }));
      await createUser(store, null, { name, role: 'administrator', organisation: BUSINESS_UNIT, passphrase }, 'user.added');
    } finally {
      store.close();
    }
    const session = await unlock(paths.folder, name, passphrase, sessionOptions);
    return { session, recoveryCode: code, storeId };
  } catch (error) {
    for (const file of [paths.database, `${paths.database}-wal`, `${paths.database}-shm`, paths.keyFile]) fs.rmSync(file, { force: true });
    throw error;
  } finally {
    masterKey.fill(0);
    writerLock.release();
  }
}

function storeExists(folder: string): AppError {
  return new AppError('STORE_EXISTS', `The folder ${folder} already holds a store. Nothing was changed. Choose an empty folder for a new store.`);
}
