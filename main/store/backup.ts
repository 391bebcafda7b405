/**
 * Backup and restore. The backup is the database written by VACUUM INTO (still encrypted under
 * the store's key: SQLite's online backup refuses an encrypted source) with the key file and a
 * manifest; it is opened and verified after writing, and only a verified backup is recorded in
 * the register (with its audit event, in one change). A restore verifies before the store is
 * used, never overwrites a store, and is an audited, explicit new start for the checkpoints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { verifyChain, type ChainHead } from '../security/audit-chain.ts';
import type { Session, SessionOptions } from '../security/session.ts';
import { unlock } from '../security/unlock.ts';
import { checkManifestFiles, MANIFEST_FILE, readManifest, sha256File, type BackupManifest } from './backup-manifest.ts';
import { readKeyFile, writeFileAtomically, writeKeyFile } from './key-file.ts';
import { openDatabase, type Db } from './open-database.ts';
import type { OpenStore } from './open-store.ts';
import { insertBackup } from './repositories/backups.ts';
import { readMeta } from './repositories/meta.ts';
import { DATABASE_FILE, databaseSalt, holdsAnyStoreFile, KEY_FILE, storePaths } from './store-folder.ts';
import { WRITER_LOCK_FILE } from './writer-lock.ts';

/** What a backup does, in order; each is reported as it starts. */
export const BACKUP_PHASES = ['preparing', 'copying', 'key-file', 'checking', 'manifest', 'recording'] as const;
export type BackupPhase = (typeof BACKUP_PHASES)[number];

export interface BackupOptions {
  readonly onProgress?: (phase: BackupPhase) => void;
  readonly now?: () => Date;
}

export interface BackupResult {
  readonly manifest: BackupManifest;
  /** Its row in the register. */
  readonly backupId: number;
  readonly folder: string;
  readonly bytes: number;
  readonly verifiedAt: string;
}

export function backupStore(session: Session, destination: string, options: BackupOptions = {}): BackupManifest {
  const steps = backupSteps(session, destination, options.now);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value.manifest;
    options.onProgress?.(step.value);
  }
}

/**
 * The backup one phase at a time: each phase is yielded just before it runs, so that a job can
 * report it and let other calls through between phases. Whatever stops it part-way (a failed
 * check, a lock, the caller giving up) removes what it wrote and records nothing.
 */
export function* backupSteps(session: Session, destination: string, now: () => Date = () => new Date()): Generator<BackupPhase, BackupResult, void> {
  yield 'preparing';
  session.authorise('store.backup', 'back up the store');
  const target = storePaths(destination);
  const existed = fs.existsSync(target.folder);
  if (existed && fs.readdirSync(target.folder).length > 0) {
    throw new AppError('STORE_EXISTS', `The folder ${target.folder} is not empty. Back up into a new or empty folder, so that no earlier backup is overwritten.`);
  }
  fs.mkdirSync(target.folder, { recursive: true, mode: 0o700 });
  const manifestFile = path.join(target.folder, MANIFEST_FILE);
  let complete = false;
  try {
    yield 'copying';
    let store = session.store;
    // Read in the same step as the copy, so that no change can fall between the two.
    const copied = store.head();
    const createdAt = now().toISOString();
    store.db.prepare('VACUUM INTO ?').run(target.database);

    yield 'key-file';
    store = session.store;
    // VACUUM INTO gives the copy a fresh salt; its key file must name that salt.
    writeKeyFile(target.keyFile, { ...readKeyFile(store.paths.keyFile), databaseSalt: databaseSalt(target) });

    yield 'checking';
    checkCopy(target.database, session.store, copied);

    yield 'manifest';
    store = session.store;
    const manifest: BackupManifest = {
      format: 'practice-review-manager/backup',
      version: 1,
      storeId: store.storeId,
      createdAt,
      events: copied.events,
      head: copied.head,
      files: { [DATABASE_FILE]: sha256File(target.database), [KEY_FILE]: sha256File(target.keyFile) },
    };
    writeFileAtomically(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);

    yield 'recording';
    const verifiedAt = now().toISOString();
    const bytes = backupBytes(target.folder, manifest);
    const backupId = session.store.change((db, audit) => {
      const id = insertBackup(db, { folder: target.folder, createdAt, verifiedAt, events: copied.events, head: copied.head, bytes, madeBy: session.userId });
      audit({ actorId: session.userId, action: 'store.backed-up', recordType: 'backup', recordId: id, details: { destination: target.folder, events: copied.events, head: copied.head } });
      return id;
    });
    complete = true;
    return { manifest, backupId, folder: target.folder, bytes, verifiedAt };
  } finally {
    if (!complete) removeBackupFiles(target.folder, !existed);
  }
}

/** Opens the copy read-only: SQLite's integrity check, and the audit chain it holds is the store's as it was copied. */
function checkCopy(file: string, store: OpenStore, copied: ChainHead): void {
  const copy = openDatabase(file, store.masterKey, { readonly: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('BACKUP_INVALID', `The backup failed SQLite's integrity check (${String(integrity)}). It has been removed; try again.`);
    const chain = verifyChain(copy, store.auditKeyForVerification);
    if (!chain.intact || chain.events !== copied.events || chain.head !== copied.head || eventHashAt(store.db, copied.events) !== copied.head) {
      throw new AppError('BACKUP_INVALID', 'The backup does not hold the same audit chain as the store. It has been removed; try again.');
    }
  } finally {
    copy.close();
  }
}

/** The hash of the event numbered `seq`, or null if the chain is shorter. */
export function eventHashAt(db: Db, seq: number): string | null {
  const row = db.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(seq) as { hash: string } | undefined;
  return row?.hash ?? null;
}

/** The size of a backup: the files its manifest lists, and the manifest. */
export function backupBytes(folder: string, manifest: BackupManifest): number {
  return [...Object.keys(manifest.files), MANIFEST_FILE].reduce((total, name) => total + fs.statSync(path.join(folder, name)).size, 0);
}

function removeBackupFiles(folder: string, removeFolder: boolean): void {
  const ours = new Set([DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, KEY_FILE, MANIFEST_FILE]);
  // writeFileAtomically's temporary files, should a write have failed before its rename.
  const temporary = /^\.(store\.keys\.json|backup\.json)\.[0-9a-f]+\.tmp$/;
  for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    if (ours.has(name) || temporary.test(name)) fs.rmSync(path.join(folder, name), { force: true });
  }
  if (removeFolder && fs.existsSync(folder) && fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
}

/** What a restore does, in order; each is reported as it starts. */
export const RESTORE_PHASES = ['checking-files', 'copying', 'opening', 'checking', 'recording'] as const;
export type RestorePhase = (typeof RESTORE_PHASES)[number];

export interface RestoreOptions {
  /** For the app's own session: its timers, and telling the app when it locks. */
  readonly session?: SessionOptions;
  /** Awaited before each phase, so a job can report it and let other calls through. */
  readonly onProgress?: (phase: RestorePhase) => void | Promise<void>;
  readonly now?: () => Date;
}

export interface RestoreResult {
  readonly session: Session;
  readonly manifest: BackupManifest;
}

export async function restoreStore(backupFolder: string, destination: string, userName: string, passphrase: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const now = options.now ?? (() => new Date());
  await options.onProgress?.('checking-files');
  const source = path.resolve(backupFolder);
  const manifest = readManifest(source);
  checkManifestFiles(source, manifest);
  const target = storePaths(destination);
  if (fs.existsSync(target.folder) && holdsAnyStoreFile(target)) {
    throw new AppError('STORE_EXISTS', `The folder ${target.folder} already holds a store. A restore never overwrites one: choose an empty folder.`);
  }
  fs.mkdirSync(target.folder, { recursive: true, mode: 0o700 });
  // The writer lock too: the restored store's session took it, and a refused restore leaves nothing.
  const created = [target.database, `${target.database}-wal`, `${target.database}-shm`, target.keyFile, path.join(target.folder, WRITER_LOCK_FILE)];
  try {
    await options.onProgress?.('copying');
    fs.copyFileSync(path.join(source, DATABASE_FILE), target.database, fs.constants.COPYFILE_EXCL);
    fs.copyFileSync(path.join(source, KEY_FILE), target.keyFile, fs.constants.COPYFILE_EXCL);
    await options.onProgress?.('opening');
    const session = await unlock(target.folder, userName, passphrase, { ...options.session, startCheckpointsAfresh: true });
    try {
      session.authorise('store.restore', 'restore a store from a backup');
      await options.onProgress?.('checking');
      const store = session.store;
      const integrity = store.db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new AppError('BACKUP_INVALID', `The restored database failed SQLite's integrity check (${String(integrity)}).`);
      const chain = verifyChain(store.db, store.auditKeyForVerification);
      if (!chain.intact) throw new AppError('BACKUP_INVALID', `The backup's audit chain is broken at event ${chain.brokenAt}: ${chain.reason}.`);
      if (readMeta(store.db).storeId !== manifest.storeId) throw new AppError('BACKUP_INVALID', 'The backup manifest is for a different store than the database it holds.');
      if (eventHashAt(store.db, manifest.events) !== manifest.head) throw new AppError('BACKUP_INVALID', 'The backup’s audit trail does not end where its manifest says it does: the backup is damaged or was altered.');
      await options.onProgress?.('recording');
      const restoredAt = now().toISOString();
      const bytes = backupBytes(source, manifest);
      // The restored store's register names the backup it came from, as checked just now.
      session.store.change((db, audit) => {
        insertBackup(db, { folder: source, createdAt: manifest.createdAt, verifiedAt: restoredAt, events: manifest.events, head: manifest.head, bytes, madeBy: null, restoredAt });
        audit({ actorId: session.userId, action: 'store.restored', recordType: 'store', recordId: store.storeId, details: { from: source, backupCreatedAt: manifest.createdAt, backupEvents: manifest.events, backupHead: manifest.head } });
      });
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
