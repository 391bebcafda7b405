/**
 * A throwaway store full of synthetic cases, so a newcomer sees a working app in one command.
 * It lives in a temporary folder (its checkpoints too) and is removed when the preview stops.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LetterheadInput } from '../../shared/evidence/letterhead.ts';
import { saveLetterhead } from '../evidence/letterhead.ts';
import { addDemoCases } from '../reviews/demo-cases.ts';
import { addDemoLearning } from '../reviews/demo-learning.ts';
import { addDemoActionPlans } from '../reviews/demo-action-plans.ts';
import { initialiseStore } from '../security/initialise-store.ts';
import { createUser } from '../security/user-admin.ts';
import { setUpSet } from '../vault/vault-service.ts';

export const DEMO_ADMINISTRATOR = 'Demo Administrator';
export const DEMO_PASSPHRASE = 'demo passphrase only';
export const DEMO_CASES = 14;
/** A Business Unit officer: the demo's person who runs cases. */
export const DEMO_OFFICER = 'Demo Business Unit Officer';
/**
 * Greater Manchester Police's nominated representative for the first open review that gathers
 * agency evidence, with the agency's secured files set up, so the secured files screens have
 * someone who can add and open files. They see no list of cases: they open theirs by reference.
 */
export const DEMO_REPRESENTATIVE = 'Demo Police Representative';
export const DEMO_REPRESENTATIVE_AGENCY = 'Greater Manchester Police';

/** A made-up partnership, so letters and packs in the preview and its screenshots have a heading. */
export const DEMO_LETTERHEAD: LetterheadInput = {
  partnershipName: 'Northam Safeguarding Children Partnership',
  addressLines: ['Business Unit, Floor 3, Civic Centre', '1 Example Street', 'Northam', 'NM1 2AB'],
  contactEmail: 'practice.reviews@example.com',
  signatoryName: 'Demo Business Unit Manager',
  signatoryRole: 'Business Unit Manager',
  logo: null,
};

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
    await createUser(session.store, null, { name: DEMO_REPRESENTATIVE, role: 'nominated-representative', organisation: DEMO_REPRESENTATIVE_AGENCY, passphrase: DEMO_PASSPHRASE }, 'demo.user-added');
    saveLetterhead(session, DEMO_LETTERHEAD);
    const cases = addDemoCases(session, DEMO_CASES);
    addDemoLearning(session, cases);
    addDemoActionPlans(session, cases);
    const securedCase = cases.find((summary) => summary.closedOn === null && summary.kind !== 'care-leaver-signpost');
    // The agency's recovery code comes back here once and is let go: the demo store is thrown away.
    if (securedCase !== undefined) await setUpSet(session, securedCase.reference, DEMO_REPRESENTATIVE_AGENCY, DEMO_REPRESENTATIVE);
  } finally {
    session.lock();
  }
  return { folder, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
