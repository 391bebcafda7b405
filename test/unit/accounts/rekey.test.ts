import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekey } from '../../../main/accounts/rekey-job.ts';
import type { JobProgress } from '../../../main/operations/jobs.ts';
import type { Timers } from '../../../main/security/idle-lock.ts';
import { openMasterKey, userKeyContext } from '../../../main/security/master-key.ts';
import { unwrapPrivateKey } from '../../../main/security/passphrase-wrap.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { disableUser } from '../../../main/security/user-admin.ts';
import { findEntryByName } from '../../../main/security/user-key-entry.ts';
import { readKeyFile, type KeyFile } from '../../../main/store/key-file.ts';
import { openDatabase } from '../../../main/store/open-database.ts';
import { storePaths } from '../../../main/store/store-folder.ts';
import { rekeyResult } from '../../../shared/accounts/accounts.ts';
import type { JobView } from '../../../shared/ipc/jobs-calls.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeAccountsFixture, PASSPHRASE, PEOPLE, type AccountsFixture } from './accounts-fixture.ts';

/** Timers on a clock the test moves by hand, so "a minute of no activity" takes no time. */
class HandClock implements Timers {
  private now = 0;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();
  private next = 1;
  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.next++;
    this.pending.set(handle, { at: this.now + ms, callback });
    return handle;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [handle, timer] of [...this.pending]) {
      if (timer.at <= this.now) {
        this.pending.delete(handle);
        timer.callback();
      }
    }
  }
}

/** The master key a key file's entry for the person opens, with their passphrase: what someone holding a copy of it could get. */
async function masterKeyFrom(keyFile: KeyFile, name: string, passphrase: string): Promise<Buffer> {
  const entry = findEntryByName(keyFile, name)!;
  const privateKey = await unwrapPrivateKey(entry.wrappedPrivateKey, passphrase, userKeyContext(keyFile.storeId, entry.userId));
  return openMasterKey(privateKey, entry.sealedMasterKey!, keyFile.storeId, keyFile.epoch, entry.userId);
}

async function finished(fixture: AccountsFixture, jobId: string): Promise<JobView> {
  for (;;) {
    const job = await fixture.call('jobs.read', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('changing the store’s keys (rekey) from the Keys tab', () => {
  let fixture: AccountsFixture;
  /** The copy of the key file a leaver kept from before they left. */
  let leaversCopy: KeyFile;

  beforeAll(async () => {
    fixture = await makeAccountsFixture([
      { name: PEOPLE.officer, role: 'business-unit', organisation: 'Business Unit' },
      { name: PEOPLE.leaver, role: 'business-unit', organisation: 'Business Unit' },
    ]);
    leaversCopy = readKeyFile(storePaths(fixture.temp.folder).keyFile);
    await fixture.signIn(ADMIN);
    disableUser(fixture.desktop.requireSession(), PEOPLE.leaver);
    fixture.desktop.lock();
  });
  afterAll(() => fixture.cleanup());

  it('is refused to those without keys.rekey', async () => {
    await fixture.signIn(PEOPLE.officer);
    expect(await fixture.refusal('keys.rekeyStart', { newRecoveryCode: true })).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await fixture.refusal('keys.get', {})).toMatchObject({ code: 'NOT_ALLOWED' });
    fixture.desktop.lock();
  });

  it('runs as a job, refuses a second while it runs, and gives a new recovery code once', async () => {
    await fixture.signIn(ADMIN);
    const before = await fixture.call('keys.get', {});
    expect(before).toMatchObject({ epoch: 1, activeUsers: 2, disabledUsers: 1, disabledSinceRekey: 1, rekeyToFollow: null, lastRekeyedAt: null });
    expect(before.recoveryCodeMadeAt).toBe(before.storeCreatedAt);
    // Until now the leaver's copy still opens the database: the key it holds is the first one.
    const leaversKey = await masterKeyFrom(leaversCopy, PEOPLE.leaver, PASSPHRASE);
    openDatabase(storePaths(fixture.temp.folder).database, leaversKey, { readonly: true }).close();

    const { jobId } = await fixture.call('keys.rekeyStart', { newRecoveryCode: true });
    expect(await fixture.refusal('keys.rekeyStart', { newRecoveryCode: false })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('already being changed') });
    expect((await fixture.call('keys.get', {})).rekeyToFollow).toBe(jobId);
    const job = await finished(fixture, jobId);
    expect(job).toMatchObject({ kind: 'rekey', state: 'finished' });
    const result = rekeyResult.parse(job.result);
    expect(result).toMatchObject({ epoch: 2, activeUsers: 2, recoveryCode: expect.stringMatching(/^([A-Z2-7]{5}-){10}[A-Z2-7]{5}$/) });

    // Until the new code is confirmed written down, the Keys tab is sent back to it.
    expect((await fixture.call('keys.get', {})).rekeyToFollow).toBe(jobId);
    await fixture.call('keys.recoveryCodeKept', { jobId });
    const after = await fixture.call('keys.get', {});
    expect(after).toMatchObject({ epoch: 2, disabledUsers: 1, disabledSinceRekey: 0, rekeyToFollow: null });
    expect(after.recoveryCodeMadeAt).toBe(after.lastRekeyedAt);
    expect(fixture.events('keys.rekeyed').at(-1)).toMatchObject({ actorId: fixture.desktop.requireSession().userId, details: { epoch: 2, activeUsers: 2, newRecoveryKey: true } });

    // The leaver's copy of the key file no longer opens the store.
    expect(() => openDatabase(storePaths(fixture.temp.folder).database, leaversKey, { readonly: true })).toThrow(expect.objectContaining({ code: 'KEY_REJECTED' }));

    // The new recovery code opens the store; the old one does not.
    expect(await fixture.refusal('recovery.checkCode', { recoveryCode: fixture.temp.recoveryCode })).toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    expect(await fixture.call('recovery.checkCode', { recoveryCode: result.recoveryCode! })).toEqual({ opensStore: true });

    // Everyone active still signs in, and the chain holds.
    await fixture.signIn(PEOPLE.officer);
    expect(await fixture.call('audit.verify', {})).toMatchObject({ intact: true });
    fixture.desktop.lock();
  });
  it('reports its steps in order, and keeps the session awake however long each takes', async () => {
    const clock = new HandClock();
    const session = await unlock(fixture.temp.folder, ADMIN, ADMIN_PASSPHRASE, { idleMinutes: 1, timers: clock });
    const reported: JobProgress[] = [];
    // Each step takes 45 seconds on the hand clock: two of them without activity would lock a one-minute session.
    const result = await runRekey(
      session,
      false,
      (progress) => {
        reported.push(progress);
        clock.advance(45_000);
      },
      0,
    );
    expect(session.locked).toBe(false);
    expect(result).toEqual({ epoch: 3, activeUsers: 2, recoveryCode: null });
    expect(reported.map((progress) => progress.phase)).toEqual([
      'Sealing the new key for 2 active users and the recovery key',
      'Sealing the new key for 2 active users and the recovery key',
      'Sealing the new key for 2 active users and the recovery key',
      'Saving the new key as pending, beside the current one',
      'Re-encrypting the database under the new key',
      'Making the new key the current one',
      'Recording the change in the audit trail',
    ]);
    expect(reported.map((progress) => progress.done)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(new Set(reported.map((progress) => progress.total))).toEqual(new Set([7]));
    // The clock does drive the lock: a minute with nothing happening locks it.
    clock.advance(61_000);
    expect(session.locked).toBe(true);
  });

});
