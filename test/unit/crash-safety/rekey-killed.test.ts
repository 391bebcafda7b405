/**
 * A rekey killed half-way. A child process signs in and runs the real rekey on a store of a few
 * megabytes, and is killed with SIGKILL: stopped dead at each of its steps (the new key saved as
 * pending but the database untouched; the database re-encrypted but the key file not yet made
 * current; the key file current but the rekey not yet recorded), the moment the database's first
 * page is seen rewritten under the new key while SQLite is still writing the rest back, and at
 * random moments during the re-encryption. That first-page kill left a store neither key opened
 * until main/security/rekey-journal.ts (SQLCipher reads its salt from page 1). After each kill the store must open through the real unlock, for
 * every user and with the recovery code, under either the old key or the new one and with no
 * rekey left pending, and pass SQLite's integrity check with its audit chain intact.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSINESS_UNIT } from '../../../shared/organisations.ts';
import type { RekeyPhase } from '../../../main/security/rekey.ts';
import { verifyChain } from '../../../main/security/audit-chain.ts';
import { openWithRecoveryCode, unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { readKeyFile } from '../../../main/store/key-file.ts';
import { CHUNK_BYTES, insertDocumentFromChunks } from '../../../main/store/repositories/case-documents.ts';
import { databaseSalt, storePaths, type StorePaths } from '../../../main/store/store-folder.ts';
import { newCase } from '../evidence/evidence-fixture.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';
import { bundleChildren, ChildSignals, type ChildBundle } from './child-bundle.ts';

const OFFICER = 'Ceri Officer';
const OFFICER_PASSPHRASE = 'harbour thistle lantern';
const USERS: readonly (readonly [string, string])[] = [
  [ADMIN, ADMIN_PASSPHRASE],
  [OFFICER, OFFICER_PASSPHRASE],
];
const DOCUMENTS = 24;
const RANDOM_KILLS = 4;
const STOPS: readonly Stop[] = ['making-current', 're-encrypting', 'first-page-written', 'recording', ...Array.from({ length: RANDOM_KILLS }, (): Stop => 'random')];

/**
 * A step of the rekey to stop dead at; 'first-page-written', the moment page 1 of the database is
 * seen under the new key's salt, part-way through SQLite writing the re-encrypted pages back; or
 * 'random', a random moment during and just after the re-encryption.
 */
type Stop = RekeyPhase | 'first-page-written' | 'random';

interface Outcome {
  readonly stop: Stop;
  readonly killedAfterMs: number | null;
  readonly pendingAtKill: boolean;
  /** A rollback journal beside the database: the kill came inside the re-encryption's transaction. */
  readonly journalAtKill: boolean;
  /** The database's first page already rewritten under the new key (a new salt) when the kill came. */
  readonly newSaltAtKill: boolean;
  readonly keyAfter: 'old' | 'new';
}

let temp: TempStore;
let bundle: ChildBundle;
let paths: StorePaths;

beforeAll(async () => {
  bundle = await bundleChildren(['rekey-child']);
  temp = await makeTempStore();
  paths = storePaths(temp.folder);
  await addUser(temp.session, { name: OFFICER, role: 'business-unit', organisation: BUSINESS_UNIT, passphrase: OFFICER_PASSPHRASE });
  const officer = await unlock(temp.folder, OFFICER, OFFICER_PASSPHRASE);
  const caseId = newCase(officer).id;
  // Some megabytes, so that the re-encryption takes long enough to be killed part-way.
  const bytes = Buffer.alloc(CHUNK_BYTES, 0x5a);
  officer.store.change((db, audit) => {
    for (let index = 0; index < DOCUMENTS; index += 1) {
      const { id } = insertDocumentFromChunks(db, caseId, { name: `filler-${index}.bin`, mediaType: 'application/octet-stream', note: '', sha256: '0'.repeat(64), addedBy: officer.userId, addedAt: new Date().toISOString() }, [bytes]);
      audit({ actorId: officer.userId, action: 'document.added', recordType: 'case', recordId: caseId, details: { documentId: id } });
    }
  });
  officer.lock();
  temp.session.lock();
}, 120_000);

afterAll(() => {
  bundle?.remove();
  temp?.cleanup();
});

function spin(milliseconds: number): void {
  const until = performance.now() + milliseconds;
  while (performance.now() < until);
}

/** Runs the child's rekey and kills it at `stop`, or `randomMs` after the re-encryption began. */
async function killRekey(stop: Stop, randomMs: number, oldSalt: string): Promise<{ lines: string[]; killedAfterMs: number | null }> {
  const signals = new ChildSignals(bundle.start('rekey-child', [paths.folder, ADMIN, stop]));
  await signals.next((line) => line === 'loaded');
  signals.child.stdin.write(`${ADMIN_PASSPHRASE}\n`);
  await signals.next((line) => line.startsWith('phase re-encrypting '));
  let killedAfterMs: number | null = null;
  if (stop === 'random') {
    spin(randomMs);
    killedAfterMs = randomMs;
  } else if (stop === 'first-page-written') {
    // Watched from here, a few microseconds a look: SQLite writes the pages back in order, page 1 first.
    const started = performance.now();
    while (databaseSalt(paths) === oldSalt) expect(performance.now() - started, 'page 1 under the new key').toBeLessThan(60_000);
    killedAfterMs = performance.now() - started;
  } else if (stop !== 're-encrypting') {
    await signals.next((line) => line.startsWith(`phase ${stop} `));
  }
  signals.child.kill('SIGKILL');
  await signals.exited;
  expect(signals.child.signalCode, signals.errorOutput).toBe('SIGKILL');
  return { lines: signals.lines, killedAfterMs };
}

/** Every user signs in; the store is whole; the recovery code opens it too. Returns the epoch it settled on. */
async function checkOpens(): Promise<number> {
  for (const [index, [name, passphrase]] of USERS.entries()) {
    const session = await unlock(paths.folder, name, passphrase);
    try {
      if (index === 0) {
        const db = session.store.db;
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(verifyChain(db, session.store.auditKeyForVerification).intact).toBe(true);
        expect((db.prepare(`SELECT count(*) AS n FROM case_documents`).get() as { n: number }).n).toBe(DOCUMENTS);
      }
    } finally {
      session.lock();
    }
  }
  const byRecovery = await openWithRecoveryCode(paths.folder, temp.recoveryCode);
  byRecovery.close();
  const settled = readKeyFile(paths.keyFile);
  expect(settled.pendingRekey).toBeUndefined();
  expect(settled.databaseSalt).toBe(databaseSalt(paths));
  return settled.epoch;
}

describe('a rekey killed half-way', () => {
  it('leaves a store that opens, for every user, with the old key file or the new, wherever the kill lands', async () => {
    const started = performance.now();
    const outcomes: Outcome[] = [];
    let reEncryptionMs = 0;
    for (const [run, stop] of STOPS.entries()) {
      const before = readKeyFile(paths.keyFile);
      // Spread evenly over the re-encryption and a little beyond it (one random moment in each
      // slice), so that kills fall early, late, and in the writing of the database at its end.
      const slice = run - (STOPS.length - RANDOM_KILLS);
      const randomMs = ((slice + Math.random()) / RANDOM_KILLS) * 1.2 * reEncryptionMs;
      const { lines, killedAfterMs } = await killRekey(stop, randomMs, before.databaseSalt);
      const reEncrypted = lines.find((line) => line.startsWith('phase making-current '));
      if (reEncrypted !== undefined) reEncryptionMs = Number(reEncrypted.split(' ')[2]);
      const atKill = readKeyFile(paths.keyFile);
      const journalAtKill = fs.existsSync(`${paths.database}-journal`);
      const newSaltAtKill = databaseSalt(paths) !== before.databaseSalt;
      const epoch = await checkOpens();
      expect([before.epoch, before.epoch + 1], `after a kill at ${stop}`).toContain(epoch);
      const keyAfter = epoch === before.epoch ? 'old' : 'new';
      // A kill meant for the middle can land after SQLite has committed (a fast machine, a small
      // store): then the new key is right. Whatever the moment, the file's state at the kill says
      // which: a hot journal is rolled back to the old key; a new salt with no journal was committed.
      if (stop === 're-encrypting' || stop === 'first-page-written') expect(keyAfter).toBe(journalAtKill || !newSaltAtKill ? 'old' : 'new');
      if (stop === 'first-page-written') expect(newSaltAtKill).toBe(true);
      if (stop === 'making-current' || stop === 'recording') expect(keyAfter).toBe('new');
      outcomes.push({ stop, killedAfterMs: killedAfterMs === null ? null : Number(killedAfterMs.toFixed(1)), pendingAtKill: atKill.pendingRekey !== undefined, journalAtKill, newSaltAtKill, keyAfter });
    }
    console.info(`rekey-killed: re-encryption ${reEncryptionMs} ms; ${((performance.now() - started) / 1000).toFixed(1)} s; ${JSON.stringify(outcomes)}`);
    expect(outcomes).toHaveLength(STOPS.length);
    // The random kills reached the re-encryption: at least one came while its journal was there.
    expect(outcomes.filter((outcome) => outcome.stop === 'random' && outcome.journalAtKill).length).toBeGreaterThan(0);
  }, 240_000);
});
