/**
 * Unlock time on a real store: Argon2id over the passphrase, unwrapping the private key,
 * unsealing the master key, opening the database and checking its schema and checkpoint.
 * Each unlock is followed by a lock (untimed), so the next one is a full unlock.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initialiseStore } from '../../main/security/initialise-store.ts';
import { unlock } from '../../main/security/unlock.ts';
import { median } from './stats.ts';

const ADMINISTRATOR = 'Bench Administrator';
const PASSPHRASE = 'copper lantern meadow harbour';

export interface UnlockTimes {
  readonly timesMs: readonly number[];
  readonly lockTimesMs: readonly number[];
  readonly medianMs: number;
}

export async function measureUnlock(runs = 8): Promise<UnlockTimes> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-bench-unlock-'));
  const previousCheckpointDir = process.env.PRM_CHECKPOINT_DIR;
  // Checkpoints go to the temporary folder, never to the real application-data folder.
  process.env.PRM_CHECKPOINT_DIR = path.join(root, 'checkpoints');
  try {
    const folder = path.join(root, 'store');
    const { session: first } = await initialiseStore(folder, ADMINISTRATOR, PASSPHRASE);
    first.lock();
    const timesMs: number[] = [];
    const lockTimesMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      const session = await unlock(folder, ADMINISTRATOR, PASSPHRASE);
      const unlocked = performance.now();
      session.lock();
      timesMs.push(unlocked - start);
      lockTimesMs.push(performance.now() - unlocked);
    }
    return { timesMs, lockTimesMs, medianMs: median(timesMs) };
  } finally {
    if (previousCheckpointDir === undefined) delete process.env.PRM_CHECKPOINT_DIR;
    else process.env.PRM_CHECKPOINT_DIR = previousCheckpointDir;
    fs.rmSync(root, { recursive: true, force: true });
  }
}
