/**
 * Checking a backup again, some time after it was made (IT's restore drill, or before relying on
 * it): its folder is still there with the backup the register names, every file matches the
 * manifest's hash, the copy opens and passes SQLite's integrity check, and its audit chain is
 * intact and is the store's own up to the event it was copied at. The outcome goes into the
 * register with its audit event, so a damaged copy stops counting for the reminder.
 *
 * A rekey since the backup leaves its copy under the old master key: that key is unsealed from
 * the backup's own key file with the checker's private key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import type { BackupView } from '../../shared/ipc/operations-calls.ts';
import { verifyChain } from '../security/audit-chain.ts';
import { openMasterKey } from '../security/master-key.ts';
import type { Session } from '../security/session.ts';
import { eventHashAt } from '../store/backup.ts';
import { checkManifestFiles, readManifest } from '../store/backup-manifest.ts';
import { readKeyFile } from '../store/key-file.ts';
import { openDatabase } from '../store/open-database.ts';
import { findBackup, markBackupCheckFailed, markBackupVerified, type BackupRecord } from '../store/repositories/backups.ts';
import { DATABASE_FILE, KEY_FILE } from '../store/store-folder.ts';
import { toBackupView } from './backup-register.ts';

export interface BackupCheck {
  readonly backup: BackupView;
  readonly passed: boolean;
  /** What is wrong with the copy, when the check failed. */
  readonly problem: string | null;
}

export async function verifyBackupAgain(session: Session, id: number, now: () => Date = () => new Date()): Promise<BackupCheck> {
  session.authorise('store.backup', 'check a backup');
  const backup = findBackup(session.store.db, id);
  if (backup === undefined) throw new AppError('NOT_FOUND', 'That backup is not in the register. Refresh the list of backups.');
  const problem = await findProblem(session, backup);
  const at = now().toISOString();
  session.store.change((db, audit) => {
    if (problem === null) markBackupVerified(db, id, at);
    else markBackupCheckFailed(db, id, at);
    audit({ actorId: session.userId, action: problem === null ? 'store.backup-verified' : 'store.backup-check-failed', recordType: 'backup', recordId: id, ...(problem === null ? {} : { details: { problem } }) });
  });
  return { backup: toBackupView(findBackup(session.store.db, id)!), passed: problem === null, problem };
}

/** What is wrong with the backup's copy, or null when it passes. Throws only when it cannot be checked at all. */
async function findProblem(session: Session, backup: BackupRecord): Promise<string | null> {
  if (!fs.existsSync(backup.folder)) return `The folder ${backup.folder} is not there any more, or its drive is not connected.`;
  const store = session.store;
  try {
    const manifest = readManifest(backup.folder);
    if (manifest.storeId !== store.storeId) return `The folder ${backup.folder} now holds a backup of a different store.`;
    if (manifest.events !== backup.events || manifest.head !== backup.head) return `The folder ${backup.folder} now holds a different backup from the one made on ${backup.createdAt}.`;
    checkManifestFiles(backup.folder, manifest);
    const masterKey = await backupMasterKey(session, path.join(backup.folder, KEY_FILE));
    let copy;
    try {
      copy = openDatabase(path.join(backup.folder, DATABASE_FILE), masterKey.key, { readonly: true });
    } finally {
      if (masterKey.unsealed) masterKey.key.fill(0);
    }
    try {
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') return `The copy fails SQLite’s integrity check (${String(integrity)}).`;
      const chain = verifyChain(copy, store.auditKeyForVerification);
      if (!chain.intact) return `The copy’s audit trail is broken at event ${chain.brokenAt}: ${chain.reason}.`;
      if (chain.events !== backup.events || chain.head !== backup.head || eventHashAt(store.db, backup.events) !== backup.head) return 'The copy’s audit trail is not the store’s own.';
      return null;
    } finally {
      copy.close();
    }
  } catch (error) {
    if (error instanceof AppError && error.code !== 'NOT_ALLOWED' && error.code !== 'LOCKED') return error.message;
    // SQLite's own errors while reading a damaged page.
    if (typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('SQLITE_')) return `The copy cannot be read: it is damaged (${(error as { code: string }).code}).`;
    throw error;
  }
}

/** The master key the copy was written under: the store's own, or, after a rekey, unsealed from the backup's key file (and wiped once used). */
async function backupMasterKey(session: Session, keyFilePath: string): Promise<{ key: Buffer; unsealed: boolean }> {
  const store = session.store;
  const keyFile = readKeyFile(keyFilePath);
  if (keyFile.storeId !== store.storeId) throw new AppError('BACKUP_INVALID', 'The backup’s key file is for a different store.');
  if (keyFile.epoch === store.keyFile.epoch) return { key: store.masterKey, unsealed: false };
  const cannotCheck = new AppError('NOT_ALLOWED', 'The keys have been changed since this backup was made, and it holds no key that opens with yours: ask an administrator who could sign in when it was made to check it.');
  const entry = keyFile.users.find((user) => user.userId === session.userId);
  if (entry === undefined || entry.sealedMasterKey === null) throw cannotCheck;
  try {
    return { key: await openMasterKey(session.privateKey, entry.sealedMasterKey, keyFile.storeId, keyFile.epoch, entry.userId), unsealed: true };
  } catch {
    // A passphrase reset since then gave this person a new key pair: the old entry is not theirs to open.
    throw cannotCheck;
  }
}
