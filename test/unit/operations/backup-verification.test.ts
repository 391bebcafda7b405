/**
 * A backup is verified after writing, and can be checked again later: a copy altered after it was
 * written fails (its hashes; and, with the manifest rewritten to match, SQLCipher's page checks),
 * a check that fails while the backup is being made leaves nothing in the folder and nothing in
 * the register, and a backup made before a rekey can still be checked afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { runBackup } from '../../../main/operations/backup-job.ts';
import { verifyBackupAgain } from '../../../main/operations/verify-backup.ts';
import { rekey } from '../../../main/security/rekey.ts';
import { backupSteps } from '../../../main/store/backup.ts';
import { MANIFEST_FILE, readManifest, sha256File } from '../../../main/store/backup-manifest.ts';
import { listBackups } from '../../../main/store/repositories/backups.ts';
import { DATABASE_FILE } from '../../../main/store/store-folder.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

/** Flips one byte inside the database file's last page but one: a page SQLCipher authenticates. */
function flipByte(file: string): void {
  const bytes = fs.readFileSync(file);
  const at = bytes.length - 4096 - 100;
  bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
  fs.writeFileSync(file, bytes);
}

describe('verifying backups', () => {
  let temp: TempStore;
  let folder: string;
  beforeEach(async () => {
    temp = await makeTempStore();
    createCase(temp.session, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-05-01', referralDate: '2026-05-02', agencies: ['Education', 'Housing'] }));
    folder = path.join(temp.root, 'backups', 'monday');
  });
  afterEach(() => temp.cleanup());

  it('records a backup as verified once its copy has been checked, with its audit event', async () => {
    const made = await runBackup(temp.session, folder, () => {});
    expect(made.backup).toMatchObject({ folder, status: 'verified', folderFound: true, madeBy: 'Test Administrator', checkFailedAt: null });
    expect(made.backup.bytes).toBe(['store.prm', 'store.keys.json', MANIFEST_FILE].reduce((total, name) => total + fs.statSync(path.join(folder, name)).size, 0));
    const event = temp.session.store.db.prepare('SELECT action, record_type, record_id FROM audit_events ORDER BY seq DESC LIMIT 1').get();
    expect(event).toEqual({ action: 'store.backed-up', record_type: 'backup', record_id: String(made.backup.id) });

    const check = await verifyBackupAgain(temp.session, made.backup.id, () => new Date('2031-01-02T03:04:05.000Z'));
    expect(check).toMatchObject({ passed: true, problem: null, backup: { status: 'verified', verifiedAt: '2031-01-02T03:04:05.000Z' } });
  });

  it('fails a copy altered after it was written, by its hash, and records the failure', async () => {
    const made = await runBackup(temp.session, folder, () => {});
    flipByte(path.join(folder, DATABASE_FILE));
    const check = await verifyBackupAgain(temp.session, made.backup.id);
    expect(check.passed).toBe(false);
    expect(check.problem).toMatch(/has changed since the backup was made/);
    expect(check.backup.status).toBe('check-failed');
    const event = temp.session.store.db.prepare('SELECT action, record_id FROM audit_events ORDER BY seq DESC LIMIT 1').get();
    expect(event).toEqual({ action: 'store.backup-check-failed', record_id: String(made.backup.id) });
  });

  it('fails an altered copy even when the manifest was rewritten to match it', async () => {
    const made = await runBackup(temp.session, folder, () => {});
    const database = path.join(folder, DATABASE_FILE);
    flipByte(database);
    const manifest = readManifest(folder);
    fs.writeFileSync(path.join(folder, MANIFEST_FILE), JSON.stringify({ ...manifest, files: { ...manifest.files, [DATABASE_FILE]: sha256File(database) } }));
    const check = await verifyBackupAgain(temp.session, made.backup.id);
    expect(check.passed).toBe(false);
    expect(check.problem).toMatch(/damaged|integrity/);
    expect(check.backup.status).toBe('check-failed');
  });

  it('fails a backup whose folder is gone, and passes it again once it is back', async () => {
    const made = await runBackup(temp.session, folder, () => {});
    const moved = path.join(temp.root, 'elsewhere');
    fs.renameSync(folder, moved);
    const gone = await verifyBackupAgain(temp.session, made.backup.id);
    expect(gone).toMatchObject({ passed: false, backup: { status: 'check-failed', folderFound: false } });
    expect(gone.problem).toContain('is not there any more');
    fs.renameSync(moved, folder);
    expect(await verifyBackupAgain(temp.session, made.backup.id)).toMatchObject({ passed: true, backup: { status: 'verified', checkFailedAt: null } });
  });

  it('leaves nothing in the folder and nothing in the register when the check after writing fails', () => {
    const eventsBefore = temp.session.store.head().events;
    const steps = backupSteps(temp.session, folder);
    let caught: unknown = null;
    try {
      for (let step = steps.next(); step.done !== true; step = steps.next()) {
        // The copy is written; it is altered just before it is checked.
        if (step.value === 'checking') flipByte(path.join(folder, DATABASE_FILE));
      }
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toMatch(/BACKUP_INVALID|STORE_DAMAGED/);
    expect(fs.existsSync(folder)).toBe(false);
    expect(listBackups(temp.session.store.db)).toEqual([]);
    expect(temp.session.store.head().events).toBe(eventsBefore);
  });

  it('keeps an empty folder it was given, empty, when the backup stops part-way', () => {
    fs.mkdirSync(folder, { recursive: true });
    const steps = backupSteps(temp.session, folder);
    for (let step = steps.next(); step.done !== true && step.value !== 'manifest'; step = steps.next());
    expect(fs.readdirSync(folder).sort()).toEqual([DATABASE_FILE, 'store.keys.json'].sort());
    // The caller gives up (a lock, a closed window): what was written goes.
    steps.return(undefined as never);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(listBackups(temp.session.store.db)).toEqual([]);
  });

  it('checks a backup made before a rekey with the key in the backup’s own key file', async () => {
    const made = await runBackup(temp.session, folder, () => {});
    await rekey(temp.session, { newRecovery: false });
    const check = await verifyBackupAgain(temp.session, made.backup.id);
    expect(check).toMatchObject({ passed: true, problem: null });
  });
});
