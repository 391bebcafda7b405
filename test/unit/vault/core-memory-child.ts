/**
 * Child process for core-memory.test.ts, so the resident size measured is this transfer's
 * alone: `node --expose-gc --import tsx core-memory-child.ts <folder> <mebibytes>`.
 *
 * It writes a file of seeded pseudo-random bytes into <folder>, sets up a real store with one
 * secured set and its representative signed in, takes the resident size as the baseline, then
 * samples it every 50 ms while the file goes into the vault and back out to <folder> through
 * the contract's pipeline and the ticket desk. Prints one line: `RESULT {json}`.
 */
import { createCipheriv, createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Desktop } from '../../../main/api/desktop.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import type { OpenResult } from '../../../shared/vault/secured-files.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore } from '../helpers/temp-store.ts';

const MIB = 1024 * 1024;
const SAMPLE_EVERY_MS = 50;

export interface MemoryResult {
  readonly bytes: number;
  readonly sourceSha256: string;
  readonly placedSha256: string;
  readonly readBackSha256: string;
  readonly writtenBytes: number;
  readonly baselineRss: number;
  readonly peakRss: number;
  readonly samples: number;
  readonly intakeMs: number;
  readonly readBackMs: number;
}

/** Seeded bytes (the AES-256-CTR keystream of a fixed key), written a mebibyte at a time; returns their hash. */
async function writeSeededFile(file: string, bytes: number): Promise<string> {
  const keystream = createCipheriv('aes-256-ctr', createHash('sha256').update('core-memory seed 1').digest(), Buffer.alloc(16));
  const zeros = Buffer.alloc(MIB);
  const hash = createHash('sha256');
  await pipeline(async function* () {
    for (let done = 0; done < bytes; done += MIB) {
      const piece = keystream.update(zeros.subarray(0, Math.min(MIB, bytes - done)));
      hash.update(piece);
      yield piece;
    }
  }, fs.createWriteStream(file));
  return hash.digest('hex');
}

interface TransferOutcome {
  readonly placedSha256: string;
  readonly readBackSha256: string;
  readonly writtenBytes: number;
  readonly intakeMs: number;
  readonly readBackMs: number;
}

const AGENCY = 'Greater Manchester Police';
const REPRESENTATIVE = 'Oluwaseun Memory-Test';
const REPRESENTATIVE_PASSPHRASE = 'granite orchard semaphore';

interface PipelineFixture {
  readonly desktop: Desktop;
  readonly reference: string;
  readonly representativeId: string;
  cleanup(): void;
}

async function invoke<T>(desktop: Desktop, name: string, input: unknown): Promise<T> {
  const result = await desktop.invoke(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/**
 * A real store with a case and the Police's secured set, its representative signed in on a
 * Desktop: everything after this goes through the contract's pipeline and the ticket desk,
 * as the app's transports do.
 */
async function makePipelineFixture(): Promise<PipelineFixture> {
  const temp = await makeTempStore();
  const admin = temp.session;
  const reference = createCase(admin, demoReferral({ incidentDate: '2026-09-01', referralDate: '2026-09-02', agencies: [AGENCY] })).summary.reference;
  await addUser(admin, { name: REPRESENTATIVE, role: 'nominated-representative', organisation: AGENCY, passphrase: REPRESENTATIVE_PASSPHRASE });
  setMustChangePassphrase(admin.store.db, findUserByName(admin.store.db, REPRESENTATIVE)!.id, false);
  admin.lock();
  const desktop = new Desktop({ storeFolder: temp.folder, openCopiesFolder: path.join(temp.root, 'open-copies') });
  await invoke(desktop, 'session.unlock', { name: ADMIN, passphrase: ADMIN_PASSPHRASE });
  await invoke(desktop, 'vault.setUp', { reference, agency: AGENCY, representative: REPRESENTATIVE });
  await invoke(desktop, 'session.unlock', { name: REPRESENTATIVE, passphrase: REPRESENTATIVE_PASSPHRASE });
  return {
    desktop,
    reference,
    representativeId: desktop.requireSession().userId,
    cleanup() {
      desktop.lock();
      temp.cleanup();
    },
  };
}

/**
 * The transfer measured, as the desktop transport makes it: vault.beginIntake, its ticket
 * redeemed and the file streamed from disk into the set; then vault.open in copy mode, its
 * ticket redeemed and the copy streamed back out to disk.
 */
async function transfer(fixture: PipelineFixture, sourceFile: string, outputFile: string, bytes: number): Promise<TransferOutcome> {
  const { desktop, reference } = fixture;
  let started = performance.now();
  const { tickets } = await invoke<{ tickets: { ticket: string }[] }>(desktop, 'vault.beginIntake', { reference, agency: AGENCY, files: [{ path: 'Large records/export.bin', size: bytes }] });
  const intake = desktop.transfers.redeem(tickets[0]!.ticket, fixture.representativeId);
  if (intake.kind !== 'intake') throw new Error(`An intake ticket gave a ${intake.kind} job.`);
  const placed = await intake.place(fs.createReadStream(sourceFile, { highWaterMark: MIB }), {});
  const intakeMs = performance.now() - started;

  started = performance.now();
  const opened = await invoke<OpenResult>(desktop, 'vault.open', { reference, agency: AGENCY, fileId: placed.fileId, purpose: 'Measuring memory while a large record moves', mode: 'copy' });
  if (opened.mode !== 'copy') throw new Error('A copy came back as an open.');
  const copy = desktop.transfers.redeem(opened.ticket, fixture.representativeId);
  if (copy.kind !== 'copy') throw new Error(`A copy ticket gave a ${copy.kind} job.`);
  const hash = createHash('sha256');
  await pipeline(
    copy.read({}),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk);
        yield chunk;
      }
    },
    fs.createWriteStream(outputFile),
  );
  return { placedSha256: placed.sha256, readBackSha256: hash.digest('hex'), writtenBytes: fs.statSync(outputFile).size, intakeMs, readBackMs: performance.now() - started };
}

async function main(): Promise<MemoryResult> {
  const [folder, mebibytes] = process.argv.slice(2);
  if (folder === undefined || !Number.isInteger(Number(mebibytes))) throw new Error('Usage: core-memory-child.ts <folder> <mebibytes>');
  const bytes = Number(mebibytes) * MIB;
  const sourceFile = path.join(folder, 'source.bin');
  const outputFile = path.join(folder, 'read-back.bin');
  const sourceSha256 = await writeSeededFile(sourceFile, bytes);
  const fixture = await makePipelineFixture();
  try {
    globalThis.gc?.();
    const baselineRss = process.memoryUsage.rss();
    let peakRss = baselineRss;
    let samples = 0;
    const sampler = setInterval(() => {
      samples += 1;
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }, SAMPLE_EVERY_MS);
    let outcome: TransferOutcome;
    try {
      outcome = await transfer(fixture, sourceFile, outputFile, bytes);
    } finally {
      clearInterval(sampler);
    }
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    return { bytes, sourceSha256, ...outcome, baselineRss, peakRss, samples };
  } finally {
    fixture.cleanup();
    fs.rmSync(sourceFile, { force: true });
    fs.rmSync(outputFile, { force: true });
  }
}

main().then(
  (result) => console.log(`RESULT ${JSON.stringify(result)}`),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
