/**
 * The two sides of the bundle benchmark, each in its own child process so its resident size is
 * its own: `export` unlocks the sending install, builds the case bundle (the case file and every
 * document streamed out of the store) and seals and signs it to a file; `import` unlocks the
 * receiving install and verifies and applies it, writing the documents into its store.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeBundle, importBundle } from '../../main/exchange/exchange-service.ts';
import { buildCaseBundle } from '../../main/exchange/flows/case-out.ts';
import { unlock } from '../../main/security/unlock.ts';
import { findContact } from '../../main/store/repositories/exchange-contacts.ts';
import { BENCH_OFFICER, BENCH_PASSPHRASE, BUNDLE_SETUP_FILE, type BundleSetup } from './bundle-setup.ts';
import { currentRssMiB, peakRssMiB } from './peak-rss.ts';

export type BundleSide = 'export' | 'import';
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bundle-worker.ts');
export const BUNDLE_FILE = 'case.prmbundle';

export interface BundleSideResult {
  readonly side: BundleSide;
  readonly ms: number;
  readonly bundleBytes: number;
  readonly startRssMiB: number;
  readonly processPeakRssMiB: number;
  /** What arrived, for the parent to check against what was sent. */
  readonly documentSha256: readonly string[];
}

export type BundleWorkerMessage = { readonly ok: true; readonly result: BundleSideResult } | { readonly ok: false; readonly error: string };

export async function runBundleSide(side: BundleSide, root: string): Promise<BundleSideResult> {
  const setup = JSON.parse(fs.readFileSync(path.join(root, BUNDLE_SETUP_FILE), 'utf8')) as BundleSetup;
  const file = path.join(root, BUNDLE_FILE);
  const session = await unlock(side === 'export' ? setup.sender : setup.receiver, BENCH_OFFICER, BENCH_PASSPHRASE);
  try {
    const startRssMiB = currentRssMiB();
    const started = performance.now();
    let documentSha256: string[] = [];
    if (side === 'export') {
      const contact = findContact(session.store.db, setup.receiverContactId);
      if (contact === undefined) throw new Error('The receiving install is not a contact of the sender.');
      const outgoing = await buildCaseBundle(session, setup.reference, contact, 'Handed over for the benchmark');
      await makeBundle(session, outgoing, file);
    } else {
      const result = await importBundle(session, file, null, { assignTo: null, acceptProblems: false });
      const caseId = (session.store.db.prepare('SELECT id FROM cases WHERE reference = ?').get(result.caseReference) as { id: number }).id;
      documentSha256 = (session.store.db.prepare('SELECT sha256 FROM case_documents WHERE case_id = ? ORDER BY name').all(caseId) as { sha256: string }[]).map((row) => row.sha256);
    }
    const ms = performance.now() - started;
    return { side, ms, bundleBytes: fs.statSync(file).size, startRssMiB, processPeakRssMiB: peakRssMiB(), documentSha256 };
  } finally {
    session.lock();
  }
}

export function runBundleSideInChild(side: BundleSide, root: string): Promise<BundleSideResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [side, root], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.on('message', (message: BundleWorkerMessage) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
    });
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`The ${side} side's process ended (code ${code}) without a result.`));
    });
  });
}
