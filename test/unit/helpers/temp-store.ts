/**
 * A throwaway store for a test: its own temporary folder, its own checkpoint folder (so tests
 * never touch the real application-data folder), and the real services to build it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initialiseStore } from '../../../main/security/initialise-store.ts';
import type { Session } from '../../../main/security/session.ts';

export const ADMIN = 'Test Administrator';
export const ADMIN_PASSPHRASE = 'orange kettle lighthouse';

export interface TempStore {
  readonly root: string;
  readonly folder: string;
  readonly checkpointFolder: string;
  readonly recoveryCode: string;
  readonly session: Session;
  cleanup(): void;
}

export function makeTempFolder(prefix = 'prm-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Points the default checkpoint folder at a fresh temporary one; returns it. */
export function isolateCheckpoints(root: string): string {
  const folder = path.join(root, 'checkpoints');
  process.env.PRM_CHECKPOINT_DIR = folder;
  return folder;
}

export async function makeTempStore(): Promise<TempStore> {
  const root = makeTempFolder();
  const checkpointFolder = isolateCheckpoints(root);
  const folder = path.join(root, 'store');
  const { session, recoveryCode } = await initialiseStore(folder, ADMIN, ADMIN_PASSPHRASE);
  return {
    root,
    folder,
    checkpointFolder,
    recoveryCode,
    session,
    cleanup() {
      try {
        if (!session.locked) session.lock();
      } catch {
        // A test that simulates a crash has already closed the connection under the session.
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Every file in a folder with its bytes, to prove an operation changed nothing. */
export function snapshotFolder(folder: string): Map<string, Buffer> {
  return new Map(fs.readdirSync(folder).sort().map((name) => [name, fs.readFileSync(path.join(folder, name))]));
}
