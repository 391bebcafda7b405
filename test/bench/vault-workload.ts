/**
 * The two sides of the secured-files benchmark, each run in its own child process so its
 * resident size is its own:
 * - app: a real store's secured set; the file placed through placeFile (cut into chunks,
 *   hashed, sealed, written a batch at a time, the key sealed, the event recorded), then read
 *   back through unsealFileKey and readSecuredFile and written out to disk.
 * - floor: the same bytes, read from disk a mebibyte at a time, inserted as raw 1 MiB blobs
 *   into a fresh SQLCipher database opened by the same function with the same pragmas and the
 *   page cache the app holds during a transfer (with the full 256 MiB cache the floor reads
 *   more slowly, churning a full cache, which would flatter the app), committed as often as the
 *   app commits; then selected back one blob at a time on a fresh connection and written out
 *   to disk. What is left between the two is the app's own work.
 *
 * The store for the app side is made by the parent (vault-setup.ts, which this module does not
 * import), so the child loads only what a transfer needs.
 */
import { createHash, randomBytes } from 'node:crypto';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { SECURED_CHUNK_BYTES } from '../../shared/vault/secured-files.ts';
import { unlock } from '../../main/security/unlock.ts';
import { openDatabase, type Db } from '../../main/store/open-database.ts';
import { AGENCY_RECOVERY_RECIPIENT, userRecipient } from '../../main/vault/file-key.ts';
import { TRANSFER_CACHE_KIB } from '../../main/vault/cache-budget.ts';
import { INTAKE_BATCH_CHUNKS, placeFile } from '../../main/vault/intake.ts';
import { readSecuredFile, unsealFileKey } from '../../main/vault/read-back.ts';
import { currentRssMiB, peakRssMiB } from './peak-rss.ts';

export type VaultSide = 'app' | 'floor';

const MIB = 1024 * 1024;
const SAMPLE_EVERY_MS = 50;
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'vault-worker.ts');

export const BENCH_REPRESENTATIVE = 'Bench Representative';
export const BENCH_PASSPHRASE = 'amber harbour lantern meadow';
/** The benchmark's own synthetic keys, left beside the store by vault-setup.ts for the child. */
export const SETUP_FILE = 'vault-bench-setup.json';

export interface VaultSetup {
  readonly storeFolder: string;
  readonly setId: number;
  readonly representativeId: string;
  readonly representativePublicKey: string;
  readonly representativePrivateKey: string;
  readonly recoveryPublicKey: string;
}

function readVaultSetup(folder: string): VaultSetup {
  return JSON.parse(fs.readFileSync(path.join(folder, SETUP_FILE), 'utf8')) as VaultSetup;
}

export interface VaultSideResult {
  readonly side: VaultSide;
  readonly writeMs: number;
  readonly readMs: number;
  /** SHA-256 of the bytes as written in (the app's intake hash; the floor hashes nothing, so the source's) and as read back out. */
  readonly writtenSha256: string;
  readonly readBackSha256: string;
  readonly readBackBytes: number;
  readonly databaseBytes: number;
  readonly startRssMiB: number;
  /** Sampled every 50 ms during the transfer, and at its ends. */
  readonly transferPeakRssMiB: number;
  readonly samples: number;
  /** The kernel's high-water mark for the whole child, start-up included. */
  readonly processPeakRssMiB: number;
  /** The connection's settings during the transfer. */
  readonly settings: { readonly cacheSize: number; readonly journalMode: string; readonly synchronous: number };
}

export type VaultWorkerMessage = { readonly ok: true; readonly result: VaultSideResult } | { readonly ok: false; readonly error: string };

interface Transfer {
  writeMs: number;
  readMs: number;
  writtenSha256: string;
  readBackSha256: string;
  databaseBytes: number;
  settings: VaultSideResult['settings'];
}

/** The written file's hash, taken after the clock stops: checking the benchmark is not the app's work. */
async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of fs.createReadStream(file, { highWaterMark: MIB }) as AsyncIterable<Buffer>) hash.update(piece);
  return hash.digest('hex');
}

const fileSize = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).size : 0);

async function runApp(folder: string, sourceFile: string, bytes: number, outputFile: string): Promise<Transfer> {
  const setup = readVaultSetup(folder);
  const session = await unlock(setup.storeFolder, BENCH_REPRESENTATIVE, BENCH_PASSPHRASE);
  try {
    const store = session.store;
    const recipient = userRecipient(setup.representativeId);
    let settings: VaultSideResult['settings'] | undefined;
    let started = performance.now();
    const placed = await placeFile(
      store,
      {
        setId: setup.setId,
        recipients: [
          { recipient, publicKey: Buffer.from(setup.representativePublicKey, 'hex') },
          { recipient: AGENCY_RECOVERY_RECIPIENT, publicKey: Buffer.from(setup.recoveryPublicKey, 'hex') },
        ],
        placedBy: setup.representativeId,
        actingForAgency: false,
        note: 'Benchmark file',
      },
      'Bench/large export.bin',
      bytes,
      fs.createReadStream(sourceFile, { highWaterMark: SECURED_CHUNK_BYTES }),
      { onProgress: () => (settings ??= settingsOf(store.db)) },
    );
    const writeMs = performance.now() - started;
    started = performance.now();
    const fileKey = await unsealFileKey(store, placed.fileId, Buffer.from(setup.representativePrivateKey, 'hex'), recipient);
    await pipeline(readSecuredFile(store, placed.fileId, fileKey), fs.createWriteStream(outputFile));
    const readMs = performance.now() - started;
    const readBackSha256 = await sha256Of(outputFile);
    const database = store.paths.database;
    return { writeMs, readMs, writtenSha256: placed.sha256, readBackSha256, databaseBytes: fileSize(database) + fileSize(`${database}-wal`), settings: settings ?? settingsOf(store.db) };
  } finally {
    session.lock();
  }
}

async function runFloor(folder: string, sourceFile: string, sourceSha256: string, outputFile: string): Promise<Transfer> {
  const file = path.join(folder, 'floor.db');
  const key = randomBytes(32);
  let db = openDatabase(file, key, { create: true, cacheKiB: TRANSFER_CACHE_KIB });
  let started = performance.now();
  let chunks = 0;
  try {
    db.exec('CREATE TABLE blobs (file_id INTEGER NOT NULL, seq INTEGER NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (file_id, seq)) STRICT');
    const insert = db.prepare('INSERT INTO blobs (file_id, seq, bytes) VALUES (1, ?, ?)');
    const insertBatch = db.transaction((batch: readonly Buffer[], first: number) => batch.forEach((blob, index) => insert.run(first + index, blob)));
    started = performance.now();
    let batch: Buffer[] = [];
    for await (const piece of fs.createReadStream(sourceFile, { highWaterMark: MIB }) as AsyncIterable<Buffer>) {
      batch.push(piece);
      if (batch.length === INTAKE_BATCH_CHUNKS) {
        insertBatch.immediate(batch, chunks);
        chunks += batch.length;
        batch = [];
      }
    }
    insertBatch.immediate(batch, chunks);
    chunks += batch.length;
  } finally {
    db.close();
  }
  const writeMs = performance.now() - started;
  // Read on a fresh connection, so the floor's pages come from disk as the app's do (the app
  // holds its cache small while a file moves), not from the cache the writes just filled.
  db = openDatabase(file, key, { cacheKiB: TRANSFER_CACHE_KIB });
  try {
    started = performance.now();
    const select = db.prepare('SELECT bytes FROM blobs WHERE file_id = 1 AND seq = ?').pluck();
    await pipeline(
      (async function* () {
        for (let index = 0; index < chunks; index += 1) yield select.get(index) as Buffer;
      })(),
      fs.createWriteStream(outputFile),
    );
    const readMs = performance.now() - started;
    return { writeMs, readMs, writtenSha256: sourceSha256, readBackSha256: await sha256Of(outputFile), databaseBytes: fileSize(file) + fileSize(`${file}-wal`), settings: settingsOf(db) };
  } finally {
    db.close();
  }
}

function settingsOf(db: Db): VaultSideResult['settings'] {
  return {
    cacheSize: db.pragma('cache_size', { simple: true }) as number,
    journalMode: db.pragma('journal_mode', { simple: true }) as string,
    synchronous: db.pragma('synchronous', { simple: true }) as number,
  };
}

export async function runVaultSide(side: VaultSide, folder: string, sourceFile: string, bytes: number, sourceSha256: string): Promise<VaultSideResult> {
  const outputFile = path.join(folder, 'read-back.bin');
  const startRssMiB = currentRssMiB();
  let transferPeakRssMiB = startRssMiB;
  let samples = 0;
  const sampler = setInterval(() => {
    samples += 1;
    transferPeakRssMiB = Math.max(transferPeakRssMiB, currentRssMiB());
  }, SAMPLE_EVERY_MS);
  try {
    const transfer = side === 'app' ? await runApp(folder, sourceFile, bytes, outputFile) : await runFloor(folder, sourceFile, sourceSha256, outputFile);
    transferPeakRssMiB = Math.max(transferPeakRssMiB, currentRssMiB());
    return { side, ...transfer, readBackBytes: fileSize(outputFile), startRssMiB, transferPeakRssMiB, samples, processPeakRssMiB: peakRssMiB() };
  } finally {
    clearInterval(sampler);
    fs.rmSync(outputFile, { force: true });
  }
}

export function runVaultSideInChild(side: VaultSide, folder: string, sourceFile: string, bytes: number, sourceSha256: string): Promise<VaultSideResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [side, folder, sourceFile, String(bytes), sourceSha256], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let message: VaultWorkerMessage | undefined;
    child.on('message', (received) => {
      message = received as VaultWorkerMessage;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (message?.ok === true && code === 0) resolve(message.result);
      else if (message?.ok === false) reject(new Error(`The vault ${side} side failed:\n${message.error}`));
      else reject(new Error(`The vault ${side} side's process ended (code ${String(code)}, signal ${String(signal)}) without a result.`));
    });
  });
}
