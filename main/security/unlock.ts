/**
 * Unlocking: find the user's entry in the key file, unwrap their private key with their
 * passphrase, unseal the master key, and open the store with it. Every check that can fail
 * runs before anything is written, so a failed unlock leaves the files as they were.
 */
import { AppError } from '../../shared/errors.ts';
import { readKeyFile, type KeyFile } from '../store/key-file.ts';
import type { OpenStore, StoreOpenOptions } from '../store/open-store.ts';
import { findUserById } from '../store/repositories/users.ts';
import { inspectDatabaseFile, storePaths, type StorePaths } from '../store/store-folder.ts';
import { openMasterKey, RECOVERY_RECIPIENT, userKeyContext } from './master-key.ts';
import { unwrapPrivateKey } from './passphrase-wrap.ts';
import { decodeRecoveryCode } from './recovery-code.ts';
import { openPendingAware } from './pending-rekey.ts';
import { Session, type SessionOptions } from './session.ts';
import { findEntryByName } from './user-key-entry.ts';

export interface UnlockOptions extends SessionOptions, StoreOpenOptions {}

/** Reads and checks the two files of a store, without any key. */
export function inspectStore(folder: string): { paths: StorePaths; keyFile: KeyFile } {
  const paths = storePaths(folder);
  const salt = inspectDatabaseFile(paths).toString('hex');
  const keyFile = readKeyFile(paths.keyFile);
  // While a rekey is under way the database may carry either key, and either salt.
  if (keyFile.pendingRekey === undefined && salt !== keyFile.databaseSalt) {
    throw new AppError(
      'KEY_FILE_MISMATCH',
      `The key file in ${paths.folder} does not belong to the database beside it: it is from another store (${keyFile.storeId}), or the database file has been replaced. Choose the folder that holds both files of one store, or restore them from a backup. Nothing was changed.`,
    );
  }
  return { paths, keyFile };
}

export async function unlock(folder: string, userName: string, passphrase: string, options: UnlockOptions = {}): Promise<Session> {
  const { paths, keyFile } = inspectStore(folder);
  const entry = findEntryByName(keyFile, userName);
  if (entry === undefined) throw new AppError('UNKNOWN_USER', `There is no user called "${userName}" in the store at ${paths.folder}.`);
  if (entry.sealedMasterKey === null) throw new AppError('USER_DISABLED', `The account "${userName}" has been disabled. Ask an administrator if you still need access.`);
  const privateKey = await unwrapPrivateKey(entry.wrappedPrivateKey, passphrase, userKeyContext(keyFile.storeId, entry.userId));
  try {
    const masterKey = await openMasterKey(privateKey, entry.sealedMasterKey, keyFile.storeId, keyFile.epoch, entry.userId);
    const pending = keyFile.pendingRekey?.users.find((pendingEntry) => pendingEntry.userId === entry.userId);
    const pendingKey = pending && keyFile.pendingRekey ? await openMasterKey(privateKey, pending.sealedMasterKey, keyFile.storeId, keyFile.pendingRekey.epoch, entry.userId) : null;
    const store = await openPendingAware(paths, keyFile, masterKey, pendingKey, options);
    const user = findUserById(store.db, entry.userId);
    if (user === undefined || user.status !== 'active') {
      store.close();
      throw new AppError('USER_DISABLED', `The account "${userName}" has been disabled. Ask an administrator if you still need access.`);
    }
    if (store.checkpointProblem === null) {
      store.change((_db, audit) => audit({ actorId: user.id, action: 'session.unlocked', recordType: 'user', recordId: user.id }));
    }
    return new Session(store, user.id, privateKey, options);
  } catch (error) {
    privateKey.fill(0);
    throw error;
  }
}

/** Unseals the master key with the recovery code, for `recover` when every passphrase is lost. */
export async function openWithRecoveryCode(folder: string, code: string, options: StoreOpenOptions = {}): Promise<OpenStore> {
  const { paths, keyFile } = inspectStore(folder);
  const recoveryPrivateKey = decodeRecoveryCode(code);
  try {
    let masterKey: Buffer;
    try {
      masterKey = await openMasterKey(recoveryPrivateKey, keyFile.recovery.sealedMasterKey, keyFile.storeId, keyFile.epoch, RECOVERY_RECIPIENT);
    } catch {
      throw new AppError('WRONG_RECOVERY_CODE', 'That recovery code does not open this store: it may be an old code replaced by a newer one. Check you have the latest code from the safe.');
    }
    const pending = keyFile.pendingRekey;
    const pendingKey = pending ? await openMasterKey(recoveryPrivateKey, pending.recovery.sealedMasterKey, keyFile.storeId, pending.epoch, RECOVERY_RECIPIENT).catch(() => null) : null;
    return await openPendingAware(paths, keyFile, masterKey, pendingKey, options);
  } finally {
    recoveryPrivateKey.fill(0);
  }
}
