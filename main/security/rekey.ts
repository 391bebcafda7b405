/**
 * Rekey: a new master key, the database re-encrypted under it, and the key sealed again to the
 * active users and the recovery key only. A disabled user's saved copy of the old key file
 * then opens nothing. Optionally a new recovery key, so an old recovery code stops working too.
 */
import { AppError } from '../../shared/errors.ts';
import { readKeyFile, writeKeyFile } from '../store/key-file.ts';
import { keyPragma } from '../store/open-database.ts';
import { listUsers } from '../store/repositories/users.ts';
import { generateMasterKey, RECOVERY_RECIPIENT, sealMasterKey } from './master-key.ts';
import { databaseSalt } from '../store/store-folder.ts';
import { completedRekey } from './pending-rekey.ts';
import { newRecoveryKey } from './recovery-key.ts';
import type { Session } from './session.ts';

export interface RekeyOptions {
  readonly newRecovery: boolean;
  /**
   * Called with the new recovery code once it is saved as pending and before the database
   * changes, so that a code is never put in use without having been shown.
   */
  readonly showRecoveryCode?: (code: string) => void;
}

export async function rekey(session: Session, options: RekeyOptions): Promise<{ epoch: number; activeUsers: number }> {
  session.authorise('keys.rekey', "change the store's keys");
  const store = session.store;
  store.requireIntact();
  const keyFile = readKeyFile(store.paths.keyFile);
  const epoch = keyFile.epoch + 1;
  const newKey = generateMasterKey();
  try {
    const activeUsers = listUsers(store.db).filter((user) => user.status === 'active');
    const users = [];
    for (const user of activeUsers) {
      users.push({ userId: user.id, sealedMasterKey: await sealMasterKey(newKey, Buffer.from(user.publicKey, 'base64'), store.storeId, epoch, user.id) });
    }
    const next = options.newRecovery ? await newRecoveryKey(newKey, store.storeId, epoch) : null;
    const recovery = next?.recovery ?? {
      publicKey: keyFile.recovery.publicKey,
      sealedMasterKey: await sealMasterKey(newKey, Buffer.from(keyFile.recovery.publicKey, 'base64'), store.storeId, epoch, RECOVERY_RECIPIENT),
    };
    writeKeyFile(store.paths.keyFile, { ...keyFile, pendingRekey: { epoch, users, recovery } });
    if (next) options.showRecoveryCode?.(next.code);

    // SQLCipher cannot rekey in WAL mode: fold the WAL in, rekey under a rollback journal, return to WAL.
    const db = store.db;
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode=DELETE');
      db.pragma(keyPragma(newKey).replace(/^key=/, 'rekey='));
    } catch (error) {
      // The database still has the old key: forget the pending one, so nothing half-done remains.
      db.pragma('journal_mode=WAL');
      writeKeyFile(store.paths.keyFile, keyFile);
      throw new AppError(
        'CONFLICT',
        `The keys were not changed: the store is in use elsewhere (${(error as Error).message}). Close every other copy of the app and try again.${next ? ' The recovery code shown above was not put in use; the old one still works.' : ''}`,
      );
    }
    db.pragma('journal_mode=WAL');
    store.replaceMasterKey(newKey);

    store.keyFile = completedRekey({ ...keyFile, pendingRekey: { epoch, users, recovery } }, databaseSalt(store.paths));
    writeKeyFile(store.paths.keyFile, store.keyFile);
    store.change((_db, audit) =>
      audit({ actorId: session.userId, action: 'keys.rekeyed', recordType: 'store', recordId: store.storeId, details: { epoch, activeUsers: activeUsers.length, newRecoveryKey: options.newRecovery } }),
    );
    return { epoch, activeUsers: activeUsers.length };
  } finally {
    newKey.fill(0);
  }
}
