/**
 * Child process for core-memory.test.ts, so the resident size measured is this transfer's
 * alone: `node --expose-gc --import tsx core-memory-child.ts <folder> <mebibytes>`.
 *
 * It writes a file of seeded pseudo-random bytes into <folder>, sets up a real store with one
 * secured set, takes the resident size as the baseline, then samples it every 50 ms while the
 * file goes into the vault and back out to <folder>. The transfer itself is `transfer` below,
 * apart from everything else, so it can be swapped for one through the contract and the ticket
 * desk without touching the measuring. Prints one line: `RESULT {json}`.
 */
import { createCipheriv, createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { placeFile } from '../../../main/vault/intake.ts';
import { readSecuredFile, unsealFileKey } from '../../../main/vault/read-back.ts';
import { makeVaultFixture, type VaultFixture } from './core-fixture.ts';

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

/** The transfer measured: the file from disk into the set, then back out to disk, both streamed. */
async function transfer(fixture: VaultFixture, sourceFile: string, outputFile: string, bytes: number): Promise<TransferOutcome> {
  let started = performance.now();
  const placed = await placeFile(fixture.store, fixture.target, 'Large records/export.bin', bytes, fs.createReadStream(sourceFile, { highWaterMark: MIB }));
  const intakeMs = performance.now() - started;

  started = performance.now();
  const fileKey = await unsealFileKey(fixture.store, placed.fileId, fixture.representative.privateKey, fixture.recipient);
  const hash = createHash('sha256');
  try {
    await pipeline(
      readSecuredFile(fixture.store, placed.fileId, fileKey),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          yield chunk;
        }
      },
      fs.createWriteStream(outputFile),
    );
  } finally {
    fileKey.fill(0);
  }
  return { placedSha256: placed.sha256, readBackSha256: hash.digest('hex'), writtenBytes: fs.statSync(outputFile).size, intakeMs, readBackMs: performance.now() - started };
}

async function main(): Promise<MemoryResult> {
  const [folder, mebibytes] = process.argv.slice(2);
  if (folder === undefined || !Number.isInteger(Number(mebibytes))) throw new Error('Usage: core-memory-child.ts <folder> <mebibytes>');
  const bytes = Number(mebibytes) * MIB;
  const sourceFile = path.join(folder, 'source.bin');
  const outputFile = path.join(folder, 'read-back.bin');
  const sourceSha256 = await writeSeededFile(sourceFile, bytes);
  const fixture = await makeVaultFixture();
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
