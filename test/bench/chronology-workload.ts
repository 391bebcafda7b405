/**
 * The two sides of the chronology benchmark, each run in its own child process so that its peak
 * resident size is its own (see peak-rss.ts):
 * - app: a real store; each of the twenty returns imported through the service the accept call
 *   runs (the file guard, the reader, the file kept in the case's documents, the rows inserted in
 *   one transaction with their audit event); then the evidence view once, with the composite built
 *   and its duplicates flagged; then the composite written as .xlsx through the export service.
 *   (The screen's accept call also answers with the view after each import: that view is timed
 *   once here, not twenty times, as the issue times import, composite and export.)
 * - floor: the same files read, stored and written with nothing of the app in between
 *   (chronology-floor.ts).
 */
import { createHash } from 'node:crypto';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importChronology } from '../../main/evidence/chronology-returns.ts';
import { readEvidence } from '../../main/evidence/evidence-view.ts';
import { exportComposite } from '../../main/evidence/evidence-exports.ts';
import { addOrganisation } from '../../main/reviews/policy.ts';
import { createCase } from '../../main/reviews/cases.ts';
import { demoReferral } from '../../main/reviews/demo-cases.ts';
import { initialiseStore } from '../../main/security/initialise-store.ts';
import { unlock } from '../../main/security/unlock.ts';
import type { Session } from '../../main/security/session.ts';
import { createUser } from '../../main/security/user-admin.ts';
import { BENCH_AGENCIES } from './chronology-returns.ts';
import { runFloor, type FloorTimes } from './chronology-floor.ts';
import { currentRssMiB, peakRssMiB } from './peak-rss.ts';

export type ChronologySide = 'app' | 'floor';

export interface AppTimes {
  readonly importMs: number;
  readonly exportMs: number;
  readonly rows: number;
  readonly flaggedGroups: number;
  readonly exportBytes: number;
}

export interface SideResult {
  readonly side: ChronologySide;
  readonly totalMs: number;
  readonly startRssMiB: number;
  readonly peakRssMiB: number;
  readonly app?: AppTimes;
  readonly floor?: FloorTimes;
}

export type ChronologyWorkerMessage = { readonly ok: true; readonly result: SideResult } | { readonly ok: false; readonly error: string };

const ADMINISTRATOR = 'Bench Administrator';
const OFFICER = 'Bench Officer';
const PASSPHRASE = 'copper lantern meadow harbour';
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'chronology-worker.ts');

async function prepareStore(folder: string): Promise<string> {
  const { session } = await initialiseStore(folder, ADMINISTRATOR, PASSPHRASE);
  try {
    await createUser(session.store, null, { name: OFFICER, role: 'business-unit', organisation: 'Business Unit', passphrase: PASSPHRASE }, 'bench.user-added');
    for (const agency of BENCH_AGENCIES) addOrganisation(session, agency);
  } finally {
    session.lock();
  }
  const officer = await unlock(folder, OFFICER, PASSPHRASE);
  try {
    return createCase(officer, demoReferral({ agencies: [...BENCH_AGENCIES], referrerAgency: BENCH_AGENCIES[0]!, incidentDate: '2026-11-02', referralDate: '2026-11-03' })).summary.reference;
  } finally {
    officer.lock();
  }
}

/** The evidence view as the screen gets it, counted and let go before the export, as the app lets go of a view once it is sent. */
function compositeCounts(session: Session, reference: string): { rows: number; flaggedGroups: number } {
  const { composite } = readEvidence(session, reference);
  return { rows: composite.entries.length, flaggedGroups: composite.groups.length };
}

async function runApp(folder: string, files: readonly string[]): Promise<AppTimes> {
  const storeFolder = path.join(folder, 'store');
  const reference = await prepareStore(storeFolder);
  const session = await unlock(storeFolder, OFFICER, PASSPHRASE);
  try {
    let started = performance.now();
    for (const [index, file] of files.entries()) {
      const bytes = fs.readFileSync(file);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await importChronology(session, reference, BENCH_AGENCIES[index]!, { fileName: path.basename(file), bytes }, { sha256, acceptProblems: true });
    }
    const { rows, flaggedGroups } = compositeCounts(session, reference);
    const importMs = performance.now() - started;
    started = performance.now();
    const exported = await exportComposite(session, reference, 'xlsx', { agencies: [], tests: [], principles: [] });
    const exportMs = performance.now() - started;
    return {
      importMs,
      exportMs,
      rows,
      flaggedGroups,
      exportBytes: Buffer.byteLength(exported.contentBase64, 'base64'),
    };
  } finally {
    session.lock();
  }
}

export async function runSide(side: ChronologySide, folder: string, files: readonly string[]): Promise<SideResult> {
  const startRssMiB = currentRssMiB();
  const started = performance.now();
  const result = side === 'app' ? { app: await runApp(folder, files) } : { floor: await runFloor(folder, files) };
  return { side, totalMs: performance.now() - started, startRssMiB, peakRssMiB: peakRssMiB(), ...result };
}

export function runSideInChild(side: ChronologySide, folder: string, files: readonly string[]): Promise<SideResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [side, folder, ...files], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let message: ChronologyWorkerMessage | undefined;
    child.on('message', (received) => {
      message = received as ChronologyWorkerMessage;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (message?.ok === true && code === 0) resolve(message.result);
      else if (message?.ok === false) reject(new Error(`The ${side} side failed:\n${message.error}`));
      else reject(new Error(`The ${side} side's process ended (code ${String(code)}, signal ${String(signal)}) without a result.`));
    });
  });
}
