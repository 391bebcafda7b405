/**
 * A rekey writes the new master key into the key file as "pending" before it touches the
 * database, and makes it current only after. If the process died in between, the next unlock
 * finds out which key the database has and finishes (or forgets) the rekey, so the key file
 * and the database never disagree for good.
 */
import { AppError } from '../../shared/errors.ts';
import { writeKeyFile, type KeyFile } from '../store/key-file.ts';
import { OpenStore, type StoreOpenOptions } from '../store/open-store.ts';
import { databaseSalt, type StorePaths } from '../store/store-folder.ts';
import { openRollingBackReEncryption, reEncryptionInterrupted } from './rekey-journal.ts';

/** The key file once a rekey to `pending` is complete: the new seals current, disabled users without one. */
export function completedRekey(keyFile: KeyFile, salt: string): KeyFile {
  const pending = keyFile.pendingRekey;
  if (pending === undefined) return keyFile;
  return {
    ...keyFile,
    epoch: pending.epoch,
    databaseSalt: salt,
    recovery: pending.recovery,
    users: keyFile.users.map((entry) => ({ ...entry, sealedMasterKey: pending.users.find((next) => next.userId === entry.userId)?.sealedMasterKey ?? null })),
    pendingRekey: undefined,
  };
}

export async function openPendingAware(paths: StorePaths, keyFile: KeyFile, current: Buffer, pending: Buffer | null, options: StoreOpenOptions): Promise<OpenStore> {
  try {
    if (keyFile.pendingRekey === undefined) return OpenStore.open(paths, current, keyFile, options);
    try {
      const store = OpenStore.open(paths, current, keyFile, options);
      // The rekey never reached the database: forget it.
      store.keyFile = { ...keyFile, pendingRekey: undefined };
      settle(paths, store.keyFile, options);
      return store;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'KEY_REJECTED') throw error;
      // The journal says the re-encryption never committed: undo it rather than try the new key.
      if (reEncryptionInterrupted(paths, keyFile)) {
        const store = openRollingBackReEncryption(paths, keyFile, current, options);
        store.keyFile = { ...keyFile, pendingRekey: undefined };
        settle(paths, store.keyFile, options);
        return store;
      }
      if (pending === null) throw error;
      const store = OpenStore.open(paths, pending, keyFile, options);
      store.keyFile = completedRekey(keyFile, databaseSalt(paths));
      settle(paths, store.keyFile, options);
      return store;
    }
  } finally {
    current.fill(0);
    pending?.fill(0);
  }
}

/**
 * Only the writer settles a pending rekey in the key file. A verify or backup beside the app may
 * be looking while the app's own rekey is under way: had it written "no rekey" into the key file
 * just before the app re-encrypted, a crash then would leave a key file that opens nothing.
 */
function settle(paths: StorePaths, keyFile: KeyFile, options: StoreOpenOptions): void {
  if (!options.skipWriterLock) writeKeyFile(paths.keyFile, keyFile);
}
