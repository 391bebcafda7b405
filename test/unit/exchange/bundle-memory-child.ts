/**
 * Child process for bundle-memory.test.ts, so the resident size measured is this bundle's alone:
 * `node --expose-gc --import tsx bundle-memory-child.ts <folder> <mebibytes>`.
 *
 * It writes a bundle carrying one item of <mebibytes> MiB of seeded pseudo-random bytes (made a
 * mebibyte at a time, never held whole) into <folder>, then checks its signature, opens it and
 * reads the item back, sampling the resident size at every mebibyte written and read. It prints
 * one line, `RESULT {json}`, and removes the bundle.
 */
import { createCipheriv, createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openBundle, readBundleHeader, signatureMatches, writeBundle, type ItemSource } from '../../../main/exchange/bundle-file.ts';
import { PAYLOAD_ITEM } from '../../../shared/exchange/bundle.ts';
import { keyedInstall, manifestBetween, sourceOf } from './bundle-fixture.ts';

const MIB = 1024 * 1024;

export interface BundleMemoryResult {
  readonly bytes: number;
  readonly bundleBytes: number;
  readonly sourceSha256: string;
  readonly readBackSha256: string;
  readonly signed: boolean;
  readonly baselineRss: number;
  readonly writePeakRss: number;
  readonly readPeakRss: number;
  readonly writeSamples: number;
  readonly readSamples: number;
  /** Seal, sign, fsync and rename. */
  readonly writeMs: number;
  /** The signature over the whole file. */
  readonly signatureMs: number;
  /** The header, the sealed key, the manifest and the whole file's hash. */
  readonly openMs: number;
  /** Every chunk of the item opened and hashed. */
  readonly readItemMs: number;
  /** Processor time (user and system) for the write and for the item read: steadier than wall time on a busy machine. */
  readonly writeCpuMs: number;
  readonly readItemCpuMs: number;
}

/**
 * A mebibyte of seeded bytes, stamped with its number so no two are alike, handed over in one
 * reused buffer (as a reader of the store would): the bytes are never whole, and making them
 * costs next to nothing, so what is measured is the bundle's own work.
 */
function* seeded(bytes: number, onPiece: () => void): Generator<Buffer> {
  const block = createCipheriv('aes-256-ctr', createHash('sha256').update('bundle-memory seed 1').digest(), Buffer.alloc(16)).update(Buffer.alloc(MIB));
  for (let done = 0, n = 0; done < bytes; done += MIB, n += 1) {
    onPiece();
    block.writeUInt32BE(n, 0);
    yield block.subarray(0, Math.min(MIB, bytes - done));
  }
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

async function main(): Promise<BundleMemoryResult> {
  const [folder, mebibytes] = process.argv.slice(2);
  if (folder === undefined || !Number.isInteger(Number(mebibytes))) throw new Error('Usage: bundle-memory-child.ts <folder> <mebibytes>');
  const bytes = Number(mebibytes) * MIB;
  const sourceHash = createHash('sha256');
  for (const piece of seeded(bytes, () => undefined)) sourceHash.update(piece);
  const sourceSha256 = sourceHash.digest('hex');

  const unit = keyedInstall('Testshire Safeguarding Children Partnership', 'Business Unit');
  const partnership = keyedInstall('Otherton Safeguarding Partnership', 'Business Unit');
  const bundlePath = path.join(folder, 'case.prmbundle');
  let writeSamples = 0;
  let writePeakRss = 0;
  const documents: ItemSource = {
    name: 'case documents.bin',
    mediaType: 'application/octet-stream',
    size: bytes,
    sha256: sourceSha256,
    chunks: () =>
      seeded(bytes, () => {
        writeSamples += 1;
        writePeakRss = Math.max(writePeakRss, process.memoryUsage.rss());
      }),
  };

  try {
    globalThis.gc?.();
    const baselineRss = process.memoryUsage.rss();
    let started = performance.now();
    let cpu = process.cpuUsage();
    await writeBundle(bundlePath, { ...manifestBetween(unit, [partnership]), kind: 'case' }, [sourceOf(PAYLOAD_ITEM, Buffer.from('{}')), documents], unit.signer, [partnership.recipient]);
    const writeMs = performance.now() - started;
    const writeCpuMs = cpuMs(process.cpuUsage(cpu));
    writePeakRss = Math.max(writePeakRss, process.memoryUsage.rss());

    started = performance.now();
    const signed = signatureMatches(bundlePath, unit.keys.signingPublic);
    const signatureMs = performance.now() - started;
    started = performance.now();
    const opened = await openBundle(bundlePath, readBundleHeader(bundlePath).header, partnership.me);
    const openMs = performance.now() - started;

    started = performance.now();
    cpu = process.cpuUsage();
    let readPeakRss = process.memoryUsage.rss();
    let readSamples = 0;
    let chunks = 0;
    const readBack = createHash('sha256');
    for (const chunk of opened.readItem(1)) {
      readBack.update(chunk);
      chunks += 1;
      if (chunks % 16 === 0) {
        readSamples += 1;
        readPeakRss = Math.max(readPeakRss, process.memoryUsage.rss());
      }
    }
    const readItemMs = performance.now() - started;
    const readItemCpuMs = cpuMs(process.cpuUsage(cpu));
    readPeakRss = Math.max(readPeakRss, process.memoryUsage.rss());
    return {
      bytes,
      bundleBytes: opened.size,
      sourceSha256,
      readBackSha256: readBack.digest('hex'),
      signed,
      baselineRss,
      writePeakRss,
      readPeakRss,
      writeSamples,
      readSamples,
      writeMs,
      signatureMs,
      openMs,
      readItemMs,
      writeCpuMs,
      readItemCpuMs,
    };
  } finally {
    fs.rmSync(bundlePath, { force: true });
  }
}

main().then(
  (result) => console.log(`RESULT ${JSON.stringify(result)}`),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
