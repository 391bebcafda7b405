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
  /** Told as each step begins, so a screen can show the rekey's progress (main/accounts/rekey-job.ts). */
  readonly onProgress?: (progress: RekeyProgress) => void;
  /**
   * Awaited after the pending key is saved and just before the re-encryption, which holds the
   * process until it ends: the moment for a screen to read that phase. Nothing after it waits.
   */
  readonly beforeReencrypting?: () => Promise<void>;
}

/** The steps in order: sealing the new key for each active user and then the recovery key, then one step each for the rest. */
export type RekeyPhase = 'sealing' | 'saving-pending' | 're-encrypting' | 'making-current' | 'recording';

export interface RekeyProgress {
  readonly phase: RekeyPhase;
  /** Steps finished before this one. */
  readonly done: number;
  readonly total: number;
  /** Active users the new key is sealed to. */
  readonly activeUsers: number;
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
    const total = activeUsers.length + 5;
    const progress = (phase: RekeyPhase, done: number) => options.onProgress?.({ phase, done, total, activeUsers: activeUsers.length });
    const users = [];
    for (const user of activeUsers) {
      progress('sealing', users.length);
      users.push({ userId: user.id, sealedMasterKey: await sealMasterKey(newKey, Buffer.from(user.publicKey, 'base64'), store.storeId, epoch, user.id) });
    }
    progress('sealing', activeUsers.length);
    const next = options.newRecovery ? await newRecoveryKey(newKey, store.storeId, epoch) : null;
    const recovery = next?.recovery ?? {
      publicKey: keyFile.recovery.publicKey,
      sealedMasterKey: await sealMasterKey(newKey, Buffer.from(keyFile.recovery.publicKey, 'base64'), store.storeId, epoch, RECOVERY_RECIPIENT),
    };
    progress('saving-pending', activeUsers.length + 1);
    writeKeyFile(store.paths.keyFile, { ...keyFile, pendingRekey: { epoch, users, recovery } });
    if (next) options.showRecoveryCode?.(next.code);

    // SQLCipher cannot rekey in WAL mode: fold the WAL in, rekey under a rollback journal, return to WAL.
    const db = store.db;
    progress('re-encrypting', activeUsers.length + 2);
    await options.beforeReencrypting?.();
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

    progress('making-current', activeUsers.length + 3);
    store.keyFile = completedRekey({ ...keyFile, pendingRekey: { epoch, users, recovery } }, databaseSalt(store.paths));
    writeKeyFile(store.paths.keyFile, store.keyFile);
    progress('recording', activeUsers.length + 4);
    store.change((_db, audit) =>
      audit({ actorId: session.userId, action: 'keys.rekeyed', recordType: 'store', recordId: store.storeId, details: { epoch, activeUsers: activeUsers.length, newRecoveryKey: options.newRecovery } }),
    );
    return { epoch, activeUsers: activeUsers.length };
  } finally {
    newKey.fill(0);
  }
}
