/**
 * Backup and restore. The backup is the database written by VACUUM INTO (still encrypted under
 * the store's key: SQLite's online backup refuses an encrypted source) with the key file and a
 * manifest; it is opened and verified after writing. A restore verifies before the store is
 * used, never overwrites a store, and is an audited, explicit new start for the checkpoints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { verifyChain } from '../security/audit-chain.ts';
import type { Session } from '../security/session.ts';
import { unlock } from '../security/unlock.ts';
import { checkManifestFiles, MANIFEST_FILE, readManifest, sha256File, type BackupManifest } from './backup-manifest.ts';
import { readKeyFile, writeFileAtomically, writeKeyFile } from './key-file.ts';
import { openDatabase } from './open-database.ts';
import { readMeta } from './repositories/meta.ts';
import { DATABASE_FILE, databaseSalt, holdsAnyStoreFile, KEY_FILE, storePaths } from './store-folder.ts';

export function backupStore(session: Session, destination: string): BackupManifest {
  session.authorise('store.backup', 'back up the store');
  const store = session.store;
  const target = storePaths(destination);
  if (fs.existsSync(target.folder) && fs.readdirSync(target.folder).length > 0) {
    throw new AppError('STORE_EXISTS', `The folder ${target.folder} is not empty. Back up into a new or empty folder, so that no earlier backup is overwritten.`);
  }
  fs.mkdirSync(target.folder, { recursive: true, mode: 0o700 });
  try {
    store.change((_db, audit) => audit({ actorId: session.userId, action: 'store.backed-up', recordType: 'store', recordId: store.storeId, details: { destination: target.folder } }));
    store.db.prepare('VACUUM INTO ?').run(target.database);
    // VACUUM INTO gives the copy a fresh salt; its key file must name that salt.
    writeKeyFile(target.keyFile, { ...readKeyFile(store.paths.keyFile), databaseSalt: databaseSalt(target) });

    const source = store.head();
    const copy = openDatabase(target.database, store.masterKey, { readonly: true });
    try {
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new AppError('BACKUP_INVALID', `The backup failed SQLite's integrity check (${String(integrity)}).`);
      const chain = verifyChain(copy, store.auditKeyForVerification);
      if (!chain.intact || chain.events !== source.events || chain.head !== source.head) {
        throw new AppError('BACKUP_INVALID', 'The backup does not hold the same audit chain as the store. It has been removed; try again.');
      }
    } finally {
      copy.close();
    }
    const manifest: BackupManifest = {
      format: 'practice-review-manager/backup',
      version: 1,
      storeId: store.storeId,
      createdAt: new Date().toISOString(),
      events: source.events,
      head: source.head,
      files: { [DATABASE_FILE]: sha256File(target.database), [KEY_FILE]: sha256File(target.keyFile) },
    };
    writeFileAtomically(path.join(target.folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } catch (error) {
    for (const file of [target.database, `${target.database}-wal`, `${target.database}-shm`, target.keyFile, path.join(target.folder, MANIFEST_FILE)]) fs.rmSync(file, { force: true });
    throw error;
  }
}

export interface RestoreResult {
  readonly session: Session;
  readonly manifest: BackupManifest;
}

export async function restoreStore(backupFolder: string, destination: string, userName: string, passphrase: string): Promise<RestoreResult> {
  const source = path.resolve(backupFolder);
  const manifest = readManifest(source);
  checkManifestFiles(source, manifest);
  const target = storePaths(destination);
  if (fs.existsSync(target.folder) && holdsAnyStoreFile(target)) {
    throw new AppError('STORE_EXISTS', `The folder ${target.folder} already holds a store. A restore never overwrites one: choose an empty folder.`);
  }
  fs.mkdirSync(target.folder, { recursive: true, mode: 0o700 });
  const created = [target.database, `${target.database}-wal`, `${target.database}-shm`, target.keyFile];
  try {
    fs.copyFileSync(path.join(source, DATABASE_FILE), target.database, fs.constants.COPYFILE_EXCL);
    fs.copyFileSync(path.join(source, KEY_FILE), target.keyFile, fs.constants.COPYFILE_EXCL);
    const session = await unlock(target.folder, userName, passphrase, { startCheckpointsAfresh: true });
    try {
      session.authorise('store.restore', 'restore a store from a backup');
      const store = session.store;
      const integrity = store.db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new AppError('BACKUP_INVALID', `The restored database failed SQLite's integrity check (${String(integrity)}).`);
      const chain = verifyChain(store.db, store.auditKeyForVerification);
      if (!chain.intact) throw new AppError('BACKUP_INVALID', `The backup's audit chain is broken at event ${chain.brokenAt}: ${chain.reason}.`);
      if (readMeta(store.db).storeId !== manifest.storeId) throw new AppError('BACKUP_INVALID', 'The backup manifest is for a different store than the database it holds.');
      store.change((_db, audit) =>
        audit({ actorId: session.userId, action: 'store.restored', recordType: 'store', recordId: store.storeId, details: { from: source, backupCreatedAt: manifest.createdAt, backupEvents: manifest.events, backupHead: manifest.head } }),
      );
      store.checkpoint('restored');
      return { session, manifest };
    } catch (error) {
      session.lock();
      throw error;
    }
  } catch (error) {
    for (const file of created) fs.rmSync(file, { force: true });
    throw error;
  }
}
