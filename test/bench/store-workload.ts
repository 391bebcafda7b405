/**
 * The mixed store workload, identical SQL on an encrypted and on a plaintext database:
 * 100,000 chronology-like rows (about 1 KB of text each) written in batches of 1,000, then point
 * reads by case, then a range scan with an aggregate.
 *
 * Each database's workload runs in its own child process (store-worker.ts), so that the child's
 * peak resident set size is that workload's peak and nothing else's (see peak-rss.ts), and so
 * that the second run does not inherit the first one's heap or allocator state.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import { openDatabase, PAGE_CACHE_KIB, type Db } from '../../main/store/open-database.ts';
import { currentRssMiB, peakRssMiB } from './peak-rss.ts';
import { CASE_COUNT, caseId, ChronologyGenerator, seededRandom, type ChronologyRow } from './synthetic.ts';

export type StoreMode = 'encrypted' | 'plaintext';

export const ROWS = 100_000;
export const BATCH_SIZE = 1_000;
export const POINT_READS = 2_000;
/** Timed passes of the reads and of the scan, after one untimed warm-up pass; figures are their medians. */
export const REPETITIONS = 5;
const SEED = 20_240_917;
/** The scan covers half of the ten years of event dates; no index on event_date, so it reads every page. */
export const SCAN_FROM = '2018-01-01';
export const SCAN_TO = '2023-01-01';
export const DATABASE_NAME = 'bench.db';

const SCHEMA = `
  CREATE TABLE chronology (
    id INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL,
    agency TEXT NOT NULL,
    event_date TEXT NOT NULL,
    risk TEXT NOT NULL,
    response TEXT NOT NULL,
    impact TEXT NOT NULL,
    partnership TEXT NOT NULL,
    learning TEXT NOT NULL
  );
  CREATE INDEX chronology_by_case ON chronology(case_id);
`;
const INSERT = `INSERT INTO chronology (case_id, agency, event_date, risk, response, impact, partnership, learning)
  VALUES (@caseId, @agency, @eventDate, @risk, @response, @impact, @partnership, @learning)`;
const POINT_READ = `SELECT id, agency, event_date, risk, response, impact, partnership, learning
  FROM chronology WHERE case_id = ? ORDER BY event_date, id`;
const SCAN = `SELECT agency, count(*) AS entries,
    sum(length(risk) + length(response) + length(impact) + length(partnership) + length(learning)) AS characters
  FROM chronology WHERE event_date >= ? AND event_date < ? GROUP BY agency ORDER BY agency`;

export interface ConnectionSettings {
  readonly journal_mode: unknown;
  readonly synchronous: unknown;
  readonly cache_size: unknown;
  readonly temp_store: unknown;
  readonly foreign_keys: unknown;
  readonly page_size: unknown;
  readonly auto_vacuum: unknown;
}

export interface WorkloadResult {
  readonly mode: StoreMode;
  readonly rows: number;
  readonly textBytes: number;
  readonly writeMs: number;
  readonly readColdMs: number;
  readonly readMs: readonly number[];
  readonly readRows: number;
  readonly scanColdMs: number;
  readonly scanMs: readonly number[];
  readonly scanRows: number;
  readonly scanEntries: number;
  readonly fileBytes: number;
  readonly pageCount: number;
  readonly settings: ConnectionSettings;
  readonly startRssMiB: number;
  readonly peakRssMiB: number;
}

/**
 * The plaintext side: the same library and the same connection pragmas as openDatabase's
 * applyConnectionPragmas (which is not exported), in the same order, but no cipher and no key.
 */
function openPlaintext(file: string, create: boolean): Db {
  const db = new Database(file, { fileMustExist: !create });
  db.pragma('temp_store=MEMORY');
  db.pragma(`cache_size=-${PAGE_CACHE_KIB}`);
  db.pragma('foreign_keys=ON');
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  return db;
}

function settingsOf(db: Db): ConnectionSettings {
  const value = (name: string): unknown => db.pragma(name, { simple: true });
  return {
    journal_mode: value('journal_mode'),
    synchronous: value('synchronous'),
    cache_size: value('cache_size'),
    temp_store: value('temp_store'),
    foreign_keys: value('foreign_keys'),
    page_size: value('page_size'),
    auto_vacuum: value('auto_vacuum'),
  };
}

function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

/** Runs the whole workload in this process; store-worker.ts calls it in a child. */
export function runStoreWorkload(mode: StoreMode, folder: string): WorkloadResult {
  const startRssMiB = currentRssMiB();
  const file = path.join(folder, DATABASE_NAME);
  // The app's own open, with a random 32-byte key, for the encrypted side.
  const key = randomBytes(32);
  const open = (create: boolean): Db => (mode === 'encrypted' ? openDatabase(file, key, { create }) : openPlaintext(file, create));

  try {
    // Write: one transaction per batch, one prepared statement. Generating a batch's rows is
    // not timed; closing at the end is, since it checkpoints the last of the WAL into the file.
    const generator = new ChronologyGenerator(SEED);
    let db = open(true);
    // As the app's migration 001 makes every store: incremental auto-vacuum, set through a
    // VACUUM of the still-empty file (WAL mode has already written page 1).
    db.pragma('auto_vacuum=INCREMENTAL');
    db.exec('VACUUM');
    db.exec(SCHEMA);
    const settings = settingsOf(db);
    const insert = db.prepare(INSERT);
    const insertBatch = db.transaction((rows: readonly ChronologyRow[]) => {
      for (const row of rows) insert.run(row);
    });
    let writeMs = 0;
    for (let written = 0; written < ROWS; written += BATCH_SIZE) {
      const rows = generator.batch(BATCH_SIZE);
      writeMs += timed(() => insertBatch(rows)).ms;
    }
    writeMs += timed(() => db.close()).ms;

    // The same 2,000 cases, in the same order, for both databases and every pass.
    const random = seededRandom(SEED + 1);
    const cases = Array.from({ length: POINT_READS }, () => caseId(Math.floor(random() * CASE_COUNT)));
    const readPass = (connection: Db): { ms: number; value: number } => {
      const statement = connection.prepare(POINT_READ);
      return timed(() => {
        let rows = 0;
        for (const id of cases) rows += statement.all(id).length;
        return rows;
      });
    };
    const scanPass = (connection: Db): { ms: number; value: { rows: number; entries: number } } => {
      const statement = connection.prepare(SCAN);
      return timed(() => {
        const groups = statement.all(SCAN_FROM, SCAN_TO) as { entries: number }[];
        return { rows: groups.length, entries: groups.reduce((sum, group) => sum + group.entries, 0) };
      });
    };

    // Cold: a fresh connection (empty page cache, as after an unlock) for one pass of each.
    // The operating system's file cache is warm for both files, so this is decryption, not disk.
    db = open(false);
    const readCold = readPass(db);
    db.close();
    db = open(false);
    const scanCold = scanPass(db);
    db.close();

    // Warm: one untimed pass, then the timed repetitions, on one long-lived connection like the app's.
    db = open(false);
    readPass(db);
    const reads = Array.from({ length: REPETITIONS }, () => readPass(db));
    scanPass(db);
    const scans = Array.from({ length: REPETITIONS }, () => scanPass(db));
    const pageCount = db.pragma('page_count', { simple: true }) as number;
    db.close();

    return {
      mode,
      rows: ROWS,
      textBytes: generator.textBytes,
      writeMs,
      readColdMs: readCold.ms,
      readMs: reads.map((pass) => pass.ms),
      readRows: readCold.value,
      scanColdMs: scanCold.ms,
      scanMs: scans.map((pass) => pass.ms),
      scanRows: scanCold.value.rows,
      scanEntries: scanCold.value.entries,
      fileBytes: fs.statSync(file).size,
      pageCount,
      settings,
      startRssMiB,
      peakRssMiB: peakRssMiB(),
    };
  } finally {
    key.fill(0);
  }
}

const WORKER = fileURLToPath(new URL('./store-worker.ts', import.meta.url));

export type WorkerMessage = { readonly ok: true; readonly result: WorkloadResult } | { readonly ok: false; readonly error: string };

/**
 * Runs the workload in a child process. fork() passes on this process's execArgv, which under
 * tsx carries its loader, so the child runs the TypeScript worker directly.
 */
export function runStoreWorkloadInChild(mode: StoreMode, folder: string): Promise<WorkloadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [mode, folder], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let message: WorkerMessage | undefined;
    child.on('message', (received) => {
      message = received as WorkerMessage;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (message?.ok === true && code === 0) resolve(message.result);
      else if (message?.ok === false) reject(new Error(`The ${mode} workload failed:\n${message.error}`));
      else reject(new Error(`The ${mode} workload's process ended (code ${String(code)}, signal ${String(signal)}) without a result.`));
    });
  });
}

/** The first 16 bytes of a database file: SQLite's plaintext header, or (encrypted) the salt. */
export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function startsWithSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}
