/**
 * A throwaway store full of synthetic cases, so a newcomer sees a working app in one command.
 * It lives in a temporary folder (its checkpoints too) and is removed when the preview stops.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDemoCases } from '../reviews/demo-cases.ts';
import { initialiseStore } from '../security/initialise-store.ts';
import { createUser } from '../security/user-admin.ts';

export const DEMO_ADMINISTRATOR = 'Demo Administrator';
export const DEMO_PASSPHRASE = 'demo passphrase only';
export const DEMO_CASES = 14;
/** A Business Unit officer: the demo's person who runs cases. */
export const DEMO_OFFICER = 'Demo Business Unit Officer';

export async function createDemoStore(): Promise<{ folder: string; remove(): void }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-demo-'));
  process.env.PRM_CHECKPOINT_DIR = path.join(root, 'checkpoints');
  const folder = path.join(root, 'store');
  const { session } = await initialiseStore(folder, DEMO_ADMINISTRATOR, DEMO_PASSPHRASE);
  try {
    // Made as the store's own set-up (no acting administrator), so the demo's people are not
    // asked to replace a passphrase an administrator chose before they can look around.
    await createUser(session.store, null, { name: DEMO_OFFICER, role: 'business-unit', organisation: 'Business Unit', passphrase: DEMO_PASSPHRASE }, 'demo.user-added');
    await createUser(session.store, null, { name: 'Demo Scrutineer', role: 'scrutineer', organisation: 'Business Unit', passphrase: DEMO_PASSPHRASE }, 'demo.user-added');
    addDemoCases(session, DEMO_CASES);
  } finally {
    session.lock();
  }
  return { folder, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
