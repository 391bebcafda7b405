/**
 * The register of backups and the reminder built on it: due with no verified backup, not due
 * within the policy's interval, due once the newest verified backup is older than it (the clock
 * injected), with IT's interval in place of the default; a backup whose latest check failed does
 * not count, and the list says which folders can no longer be found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBackup } from '../../../main/operations/backup-job.ts';
import { backupReminder, readBackups } from '../../../main/operations/backup-register.ts';
import { verifyBackupAgain } from '../../../main/operations/verify-backup.ts';
import { DEFAULT_BACKUP_REMINDER_DAYS, NO_MACHINE_POLICY, type EffectivePolicy } from '../../../main/policy/machine-policy.ts';
import { DATABASE_FILE } from '../../../main/store/store-folder.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

const DAY = 24 * 60 * 60 * 1000;
const MADE = new Date('2030-03-01T09:00:00.000Z');
const after = (days: number, ms = 0) => new Date(MADE.getTime() + days * DAY + ms);
const IT_POLICY: EffectivePolicy = { values: { backupReminderDays: 30 }, sources: { backupReminderDays: 'file' }, file: '/etc/practice-review-manager/policy.json' };

describe('the register of backups and the reminder', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await makeTempStore();
  });
  afterEach(() => temp.cleanup());

  it('is due when no backup has been made', () => {
    expect(backupReminder(temp.session.store.db, NO_MACHINE_POLICY, MADE)).toEqual({ due: true, lastBackupAt: null, daysSince: null, reminderDays: DEFAULT_BACKUP_REMINDER_DAYS, setByIt: false });
  });

  it('is not due within the interval after a verified backup, and due once it is older than the interval', async () => {
    await runBackup(temp.session, path.join(temp.root, 'b1'), () => {}, () => MADE);
    const db = temp.session.store.db;
    expect(backupReminder(db, NO_MACHINE_POLICY, after(1))).toMatchObject({ due: false, lastBackupAt: MADE.toISOString(), daysSince: 1 });
    expect(backupReminder(db, NO_MACHINE_POLICY, after(DEFAULT_BACKUP_REMINDER_DAYS))).toMatchObject({ due: false, daysSince: DEFAULT_BACKUP_REMINDER_DAYS });
    expect(backupReminder(db, NO_MACHINE_POLICY, after(DEFAULT_BACKUP_REMINDER_DAYS, 1))).toMatchObject({ due: true, daysSince: DEFAULT_BACKUP_REMINDER_DAYS });
    // IT's interval replaces the default.
    expect(backupReminder(db, IT_POLICY, after(DEFAULT_BACKUP_REMINDER_DAYS + 1))).toMatchObject({ due: false, reminderDays: 30, setByIt: true });
    expect(backupReminder(db, IT_POLICY, after(31))).toMatchObject({ due: true, daysSince: 31 });
  });

  it('counts from the newest verified backup, and not from one whose latest check failed', async () => {
    const first = await runBackup(temp.session, path.join(temp.root, 'b1'), () => {}, () => MADE);
    const second = await runBackup(temp.session, path.join(temp.root, 'b2'), () => {}, () => after(5));
    const db = temp.session.store.db;
    expect(backupReminder(db, NO_MACHINE_POLICY, after(10))).toMatchObject({ due: false, lastBackupAt: after(5).toISOString(), daysSince: 5 });

    fs.rmSync(path.join(second.backup.folder, DATABASE_FILE));
    const check = await verifyBackupAgain(temp.session, second.backup.id, () => after(10));
    expect(check.passed).toBe(false);
    // Only the first counts now, and it is ten days old.
    expect(backupReminder(db, NO_MACHINE_POLICY, after(10))).toMatchObject({ due: true, lastBackupAt: MADE.toISOString(), daysSince: 10 });

    const list = readBackups(temp.session, NO_MACHINE_POLICY, after(10));
    expect(list.storeFolder).toBe(temp.folder);
    expect(list.backups.map((backup) => [backup.id, backup.createdAt, backup.status, backup.folderFound])).toEqual([
      [second.backup.id, after(5).toISOString(), 'check-failed', true],
      [first.backup.id, MADE.toISOString(), 'verified', true],
    ]);
    fs.rmSync(first.backup.folder, { recursive: true });
    expect(readBackups(temp.session, NO_MACHINE_POLICY, after(10)).backups.map((backup) => backup.folderFound)).toEqual([true, false]);
  });

  it('lists each backup with when it was made and checked, its size, its audit trail and who made it', async () => {
    const made = await runBackup(temp.session, path.join(temp.root, 'b1'), () => {}, () => MADE);
    const [listed] = readBackups(temp.session, NO_MACHINE_POLICY, after(1)).backups;
    expect(listed).toEqual({
      id: made.backup.id,
      folder: path.join(temp.root, 'b1'),
      createdAt: MADE.toISOString(),
      verifiedAt: MADE.toISOString(),
      checkFailedAt: null,
      status: 'verified',
      events: temp.session.store.head().events - 1,
      bytes: made.backup.bytes,
      madeBy: 'Test Administrator',
      restoredAt: null,
      folderFound: true,
    });
    expect(listed!.bytes).toBeGreaterThan(4096);
  });
});
