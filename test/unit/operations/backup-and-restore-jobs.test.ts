/**
 * Backups and restores as the app runs them: jobs through the Desktop's one pipeline, reporting
 * their phases in order; a restore before sign-in into an empty store folder that signs the
 * person in; an administrator's restore into another folder that leaves the store in use alone;
 * and the folders and people refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/errors.ts';
import type { CallInput, CallName, CallOutput } from '../../../shared/ipc/contract.ts';
import type { JobView } from '../../../shared/ipc/jobs-calls.ts';
import { backupJobResult, restoreJobResult } from '../../../shared/ipc/operations-calls.ts';
import { Desktop } from '../../../main/api/desktop.ts';
import { runBackup } from '../../../main/operations/backup-job.ts';
import type { JobProgress } from '../../../main/operations/jobs.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { RESTORE_PHASES, restoreStore, type RestorePhase } from '../../../main/store/backup.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { DATABASE_FILE, KEY_FILE } from '../../../main/store/store-folder.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

const OFFICER = 'Niamh Gallagher';
const OFFICER_PASSPHRASE = 'marigold viaduct pebble';

/** A call that must succeed, typed by the contract. */
async function ok<K extends CallName>(desktop: Desktop, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = (await desktop.invoke(name, input)) as Result<CallOutput<K>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Reads the job until it ends, as the screen does. */
async function jobEnd(desktop: Desktop, jobId: string): Promise<JobView> {
  for (;;) {
    const view: JobView = await ok(desktop, 'jobs.read', { jobId });
    if (view.state !== 'running') return view;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('backups and restores from the app', () => {
  let temp: TempStore;
  let desktop: Desktop;
  // One store for every test (each sign-in costs a second of Argon2id on purpose); each test uses folders of its own.
  beforeAll(async () => {
    temp = await makeTempStore();
    createCase(temp.session, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-04-01', referralDate: '2026-04-02', agencies: ['Housing'] }));
    await addUser(temp.session, { name: OFFICER, role: 'business-unit', organisation: 'Business Unit', passphrase: OFFICER_PASSPHRASE });
    setMustChangePassphrase(temp.session.store.db, findUserByName(temp.session.store.db, OFFICER)!.id, false);
    temp.session.lock();
    desktop = new Desktop({ storeFolder: temp.folder });
    await ok(desktop, 'session.unlock', { name: ADMIN, passphrase: ADMIN_PASSPHRASE });
  });
  afterAll(() => {
    desktop.lock();
    temp.cleanup();
  });

  it('reports a backup’s phases in order, each before it runs', async () => {
    const reports: JobProgress[] = [];
    await runBackup(desktop.requireSession(), path.join(temp.root, 'phases'), (progress) => reports.push(progress));
    expect(reports.map((report) => report.phase)).toEqual([
      'Preparing',
      'Writing the copy',
      'Writing the key file',
      'Checking the copy against the store',
      'Writing the manifest',
      'Recording the backup',
      'Done',
    ]);
    expect(reports.map((report) => report.done)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(new Set(reports.map((report) => report.total))).toEqual(new Set([6]));
  });

  it('reports a restore’s phases in order', async () => {
    const backup = path.join(temp.root, 'backup-for-phases');
    await runBackup(desktop.requireSession(), backup, () => {});
    const phases: RestorePhase[] = [];
    const { session } = await restoreStore(backup, path.join(temp.root, 'drill-for-phases'), ADMIN, ADMIN_PASSPHRASE, { onProgress: (phase) => void phases.push(phase) });
    session.lock();
    expect(phases).toEqual([...RESTORE_PHASES]);
  });

  it('backs up as a job, lists the backup as verified, and restores it on a computer whose store was lost, signing the person in', async () => {
    const folder = path.join(temp.root, 'backups', 'first');
    const { jobId } = await ok(desktop, 'backups.start', { folder });
    const ended = await jobEnd(desktop, jobId);
    expect(ended).toMatchObject({ kind: 'backup', state: 'finished', phase: 'Done', done: 6, total: 6 });
    const made = backupJobResult.parse(ended.result);
    expect(made.backup).toMatchObject({ folder, status: 'verified', folderFound: true });
    const listed = await ok(desktop, 'backups.list', {});
    expect(listed.backups.find((backup) => backup.id === made.backup.id)).toEqual(made.backup);
    expect(listed.reminder.due).toBe(false);
    expect((await ok(desktop, 'backups.reminder', {})).due).toBe(false);

    // A new computer: the app's store folder is empty.
    const fresh = new Desktop({ storeFolder: path.join(temp.root, 'new-disk', 'store') });
    try {
      expect(fresh.status().state).toBe('no-store');
      const { jobId: restoreId } = await ok(fresh, 'restore.startHere', { backupFolder: folder, name: ADMIN, passphrase: ADMIN_PASSPHRASE });
      const restored = await jobEnd(fresh, restoreId);
      expect(restored).toMatchObject({ kind: 'restore', state: 'finished', phase: 'Done' });
      expect(restoreJobResult.parse(restored.result)).toMatchObject({ folder: path.join(temp.root, 'new-disk', 'store'), backupCreatedAt: made.backup.createdAt, events: made.backup.events + 2 });
      expect(fresh.status()).toMatchObject({ state: 'unlocked', user: { name: ADMIN } });
      expect((await ok(fresh, 'cases.list', {})).cases).toHaveLength(1);
      const chain = await ok(fresh, 'audit.verify', {});
      expect(chain).toMatchObject({ intact: true });
      // A second restore over the store now there is refused.
      const again = await fresh.invoke('restore.startHere', { backupFolder: folder, name: ADMIN, passphrase: ADMIN_PASSPHRASE });
      expect(again).toMatchObject({ ok: false, error: { code: 'STORE_EXISTS' } });
    } finally {
      fresh.lock();
    }
  });

  it('refuses a restore before sign-in to a wrong passphrase or to someone who may not restore, leaving the folder without a store', async () => {
    const folder = path.join(temp.root, 'backup-for-refusals');
    await runBackup(desktop.requireSession(), folder, () => {});
    const storeFolder = path.join(temp.root, 'another-new-disk');
    const fresh = new Desktop({ storeFolder });
    try {
      for (const [name, passphrase, code] of [
        [ADMIN, 'not the passphrase', 'WRONG_PASSPHRASE'],
        [OFFICER, OFFICER_PASSPHRASE, 'NOT_ALLOWED'],
      ] as const) {
        const { jobId } = await ok(fresh, 'restore.startHere', { backupFolder: folder, name, passphrase });
        const ended = await jobEnd(fresh, jobId);
        expect(ended, name).toMatchObject({ state: 'failed', error: { code } });
        expect(fs.readdirSync(storeFolder).filter((file) => file === DATABASE_FILE || file === KEY_FILE)).toEqual([]);
        expect(fresh.status().state).toBe('no-store');
      }
    } finally {
      fresh.lock();
    }
  });

  it('restores into another folder for an administrator, leaving the store in use open and unchanged', async () => {
    const folder = path.join(temp.root, 'backup-for-drill');
    await runBackup(desktop.requireSession(), folder, () => {});
    const headBefore = desktop.requireSession().store.head();
    const destination = path.join(temp.root, 'drill');
    const { jobId } = await ok(desktop, 'restore.start', { backupFolder: folder, destination, passphrase: ADMIN_PASSPHRASE });
    const ended = await jobEnd(desktop, jobId);
    expect(ended).toMatchObject({ kind: 'restore', state: 'finished' });
    expect(restoreJobResult.parse(ended.result).folder).toBe(destination);
    expect(fs.existsSync(path.join(destination, DATABASE_FILE))).toBe(true);
    expect(desktop.status()).toMatchObject({ state: 'unlocked', storeFolder: temp.folder, user: { name: ADMIN } });
    expect(desktop.requireSession().store.head()).toEqual(headBefore);
  });

  it('refuses folders that are not full paths, inside the store, or not empty, naming the field', async () => {
    const relative = await desktop.invoke('backups.start', { folder: 'backups/today' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', problems: [{ path: 'folder' }] } });
    const inside = await desktop.invoke('backups.start', { folder: path.join(temp.folder, 'backup') });
    expect(inside).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', problems: [{ path: 'folder', message: expect.stringContaining('outside the store’s own folder') }] } });
    const full = path.join(temp.root, 'full');
    fs.mkdirSync(full);
    fs.writeFileSync(path.join(full, 'notes.txt'), 'an earlier backup’s notes');
    const notEmpty = await desktop.invoke('backups.start', { folder: full });
    expect(notEmpty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', problems: [{ path: 'folder', message: expect.stringContaining('is not empty') }] } });
    const overStore = await desktop.invoke('restore.start', { backupFolder: full, destination: temp.folder, passphrase: ADMIN_PASSPHRASE });
    expect(overStore).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', problems: [{ path: 'destination' }] } });
    expect(fs.readdirSync(full)).toEqual(['notes.txt']);
  });

  it('refuses backups and restores to someone whose role does not include them', async () => {
    desktop.lock();
    await ok(desktop, 'session.unlock', { name: OFFICER, passphrase: OFFICER_PASSPHRASE });
    for (const [name, input] of [
      ['backups.list', {}],
      ['backups.start', { folder: path.join(temp.root, 'never') }],
      ['restore.start', { backupFolder: path.join(temp.root, 'never'), destination: path.join(temp.root, 'never-2'), passphrase: OFFICER_PASSPHRASE }],
    ] as const) {
      expect(await desktop.invoke(name, input), name).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    }
    expect(fs.existsSync(path.join(temp.root, 'never'))).toBe(false);
    desktop.lock();
    await ok(desktop, 'session.unlock', { name: ADMIN, passphrase: ADMIN_PASSPHRASE });
  });
});
