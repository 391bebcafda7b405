/**
 * One process holds a store for writing at a time, with real processes on both sides. While the
 * app (a Desktop, signed in) has the store open, a writing command of the command line is refused
 * with a message naming the app's process, and verify and backup run alongside. While another
 * process holds the store, a copy of the app is refused the same way, as its window would be
 * told; once that process is killed outright, the lock has gone with it.
 *
 * Within one process the lock is shared (writer-lock.ts): sessions of several people in one
 * process are one copy of the app. Another process is refused until the last of them closes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSINESS_UNIT } from '../../../shared/organisations.ts';
import { Desktop } from '../../../main/api/desktop.ts';
import { changeIdleLockMinutes } from '../../../main/security/partnership-settings.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { MANIFEST_FILE } from '../../../main/store/backup-manifest.ts';
import { idleLockMinutes } from '../../../main/store/repositories/settings.ts';
import { findUserByName } from '../../../main/store/repositories/users.ts';
import { acquireWriterLock, holdsWriterLock, WRITER_LOCK_FILE } from '../../../main/store/writer-lock.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';
import { runCli } from '../cli/run-cli.ts';
import { bundleChildren, ChildSignals, type ChildBundle } from './child-bundle.ts';

const NEWCOMER = 'Nia Newcomer';
const NEWCOMER_PASSPHRASE = 'copper meadow thistle';

let temp: TempStore;
let bundle: ChildBundle;

beforeAll(async () => {
  bundle = await bundleChildren(['lock-probe', 'store-holder']);
  temp = await makeTempStore();
  temp.session.lock();
}, 120_000);

afterAll(() => {
  bundle?.remove();
  temp?.cleanup();
});

function inUseMessage(pid: number): string {
  return `The store is open for writing in another copy of Practice Review Manager on this computer (process ${pid}). Close it first; verify and backup can run alongside.`;
}

const cli = (args: readonly string[], secrets: Record<string, string> = {}) =>
  runCli(args, { cwd: temp.root, checkpointFolder: temp.checkpointFolder, secrets: { PRM_PASSPHRASE: ADMIN_PASSPHRASE, ...secrets } });

const desktop = () => new Desktop({ storeFolder: temp.folder, idleLockSeconds: 3600 });
const signIn = (app: Desktop, name = ADMIN, passphrase = ADMIN_PASSPHRASE) => app.invoke('session.unlock', { name, passphrase });

async function probe(): Promise<string> {
  const signals = new ChildSignals(bundle.start('lock-probe', [temp.folder]));
  const line = await signals.next(() => true);
  await signals.exited;
  return line;
}

describe('one writer at a time', () => {
  it('refuses a writing command while the app has the store open, and lets verify and backup run alongside', async () => {
    const app = desktop();
    expect((await signIn(app)).ok).toBe(true);
    const backupFolder = path.join(temp.root, 'backup');
    try {
      const [writing, verify, backup] = await Promise.all([
        cli(['add-user', '--store', temp.folder, '--user', ADMIN, '--new-user', NEWCOMER, '--role', 'business-unit', '--org', BUSINESS_UNIT], { PRM_NEW_PASSPHRASE: NEWCOMER_PASSPHRASE }),
        cli(['verify', '--store', temp.folder, '--user', ADMIN]),
        cli(['backup', '--store', temp.folder, '--user', ADMIN, '--to', backupFolder]),
      ]);
      expect(writing.stderr).toBe(`error: ${inUseMessage(process.pid)}\n`);
      expect(writing.stdout).toBe('');
      expect(writing.code).toBe(1);
      expect(findUserByName(app.requireSession().store.db, NEWCOMER)).toBeUndefined();
      expect(verify.stderr).toBe('');
      expect(verify.lines.at(-1)).toMatch(/^audit chain intact: \d+ events, head [0-9a-f]{64}$/);
      expect(verify.code).toBe(0);
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(fs.existsSync(path.join(backupFolder, MANIFEST_FILE))).toBe(true);
      // They took nothing from the app, which carries on writing.
      changeIdleLockMinutes(app.requireSession(), 15);
      expect(idleLockMinutes(app.requireSession().store.db)).toBe(15);
    } finally {
      app.lock();
    }
  }, 120_000);

  it('refuses a copy of the app while another process holds the store, and frees the store when that process is killed', async () => {
    const holder = new ChildSignals(bundle.start('store-holder', [temp.folder, ADMIN]));
    holder.child.stdin.write(`${ADMIN_PASSPHRASE}\n`);
    await holder.next((line) => line === 'holding');
    const app = desktop();
    expect(await signIn(app)).toEqual({ ok: false, error: { code: 'STORE_IN_USE', message: inUseMessage(holder.child.pid!) } });
    expect(app.status().state).toBe('locked');

    // A killed process cannot say goodbye: the operating system lets go of its lock.
    holder.child.kill('SIGKILL');
    await holder.exited;
    expect(fs.existsSync(path.join(temp.folder, WRITER_LOCK_FILE))).toBe(true);
    expect((await signIn(app)).ok).toBe(true);
    app.lock();
  }, 120_000);

  it('shares the lock between the sessions of one process and refuses another process until the last has closed', async () => {
    const first = await unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE);
    const second = desktop();
    expect((await signIn(second)).ok).toBe(true);
    expect(holdsWriterLock(temp.folder)).toBe(true);
    expect(await probe()).toBe(`refused STORE_IN_USE ${inUseMessage(process.pid)}`);
    first.lock();
    expect(await probe()).toMatch(/^refused STORE_IN_USE /);
    second.lock();
    expect(holdsWriterLock(temp.folder)).toBe(false);
    expect(await probe()).toBe('acquired');
    // And the probe, gone, holds nothing: this process can take the lock again.
    acquireWriterLock(temp.folder).release();
  }, 120_000);
});
