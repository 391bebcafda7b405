/**
 * The register of backups as the Backups tab shows it, and the reminder: due when there is no
 * verified backup, or the newest verified one was made more than the policy's number of days
 * ago. A backup counts from when it was made, not when it was last checked: checking an old copy
 * again does not make what it holds any newer.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupReminderView, BackupsList, BackupView } from '../../shared/ipc/operations-calls.ts';
import { DEFAULT_BACKUP_REMINDER_DAYS, type EffectivePolicy } from '../policy/machine-policy.ts';
import type { Session } from '../security/session.ts';
import { MANIFEST_FILE } from '../store/backup-manifest.ts';
import type { Db } from '../store/open-database.ts';
import { isVerified, latestVerifiedBackup, listBackups, type BackupRecord } from '../store/repositories/backups.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function toBackupView(backup: BackupRecord): BackupView {
  return {
    id: backup.id,
    folder: backup.folder,
    createdAt: backup.createdAt,
    verifiedAt: backup.verifiedAt,
    checkFailedAt: backup.checkFailedAt,
    status: backup.checkFailedAt !== null ? 'check-failed' : isVerified(backup) ? 'verified' : 'not-verified',
    events: backup.events,
    bytes: backup.bytes,
    madeBy: backup.madeByName,
    restoredAt: backup.restoredAt,
    folderFound: fs.existsSync(path.join(backup.folder, MANIFEST_FILE)),
  };
}

export function reminderDays(policy: EffectivePolicy): number {
  return policy.values.backupReminderDays ?? DEFAULT_BACKUP_REMINDER_DAYS;
}

export function backupReminder(db: Db, policy: EffectivePolicy, now: Date): BackupReminderView {
  const days = reminderDays(policy);
  const setByIt = policy.values.backupReminderDays !== undefined;
  const latest = latestVerifiedBackup(db);
  if (latest === undefined) return { due: true, lastBackupAt: null, daysSince: null, reminderDays: days, setByIt };
  const age = Math.max(0, now.getTime() - Date.parse(latest.createdAt));
  return { due: age > days * DAY_MS, lastBackupAt: latest.createdAt, daysSince: Math.floor(age / DAY_MS), reminderDays: days, setByIt };
}

export function readBackups(session: Session, policy: EffectivePolicy, now: Date = new Date()): BackupsList {
  session.authorise('store.backup', 'see the backups');
  const store = session.store;
  return { backups: listBackups(store.db).map(toBackupView), reminder: backupReminder(store.db, policy, now), storeFolder: store.paths.folder };
}

export function readBackupReminder(session: Session, policy: EffectivePolicy, now: Date = new Date()): BackupReminderView {
  session.authorise('store.backup', 'see when the store was last backed up');
  return backupReminder(session.store.db, policy, now);
}
