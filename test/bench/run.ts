/**
 * Benchmarks for the encrypted store, unlocking, the dashboard, the chronology import, the secured files, bundles between installs, redaction and the annual figures: `npm run bench` runs every figure, `npm run bench -- PREFIX`
 * only the figures whose names start with PREFIX (several prefixes may be given). Each figure is
 * printed on its own line as `bench: NAME VALUE UNIT`; every other line starts with `#`.
 *
 * This is a script, not a test: the targets from the issue are printed for information and
 * nothing here fails on time. It fails (exit 1) only when the benchmark itself is wrong: the
 * encrypted file begins with SQLite's plaintext header, the plaintext one does not, or the two
 * databases did not do the same work.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PAGE_CACHE_KIB } from '../../main/store/open-database.ts';
import { fixed, median, mib } from './stats.ts';
import {
  BATCH_SIZE,
  DATABASE_NAME,
  POINT_READS,
  REPETITIONS,
  ROWS,
  runStoreWorkloadInChild,
  SCAN_FROM,
  SCAN_TO,
  startsWithSqliteHeader,
  type StoreMode,
  type WorkloadResult,
} from './store-workload.ts';
import { measureUnlock } from './unlock.ts';
import { measureDashboard } from './dashboard.ts';
import { benchRows, RETURN_FILES, RETURN_ROWS, writeReturnFiles } from './chronology-returns.ts';
import { runSideInChild, type ChronologySide, type SideResult } from './chronology-workload.ts';
import { prepareVaultStore, vaultBenchMebibytes, writeSeededFile } from './vault-setup.ts';
import { runVaultSideInChild, type VaultSide, type VaultSideResult } from './vault-workload.ts';
import { prepareBundleStores } from './bundle-setup.ts';
import { runBundleSideInChild, type BundleSideResult } from './bundle-workload.ts';
import { runRedactionInChild, type RedactionResult } from './redaction-workload.ts';
import { BENCH_YEAR, figureValue, measureFigures } from './figures-bench.ts';
import { DECADE, REFERRALS } from './figures-seed.ts';

interface Figure {
  readonly name: string;
  readonly unit: 'x' | 'ms' | 'mb' | 's' | 'mb/s';
  readonly digits: number;
}

const STORE_FIGURES: readonly Figure[] = [
  { name: 'store.write.encrypted_ms', unit: 'ms', digits: 0 },
  { name: 'store.write.plaintext_ms', unit: 'ms', digits: 0 },
  { name: 'store.write.ratio', unit: 'x', digits: 2 },
  { name: 'store.read.encrypted_ms', unit: 'ms', digits: 1 },
  { name: 'store.read.plaintext_ms', unit: 'ms', digits: 1 },
  { name: 'store.read.ratio', unit: 'x', digits: 2 },
  { name: 'store.read.encrypted_cold_ms', unit: 'ms', digits: 1 },
  { name: 'store.read.plaintext_cold_ms', unit: 'ms', digits: 1 },
  { name: 'store.read.cold_ratio', unit: 'x', digits: 2 },
  { name: 'store.scan.encrypted_ms', unit: 'ms', digits: 1 },
  { name: 'store.scan.plaintext_ms', unit: 'ms', digits: 1 },
  { name: 'store.scan.ratio', unit: 'x', digits: 2 },
  { name: 'store.scan.encrypted_cold_ms', unit: 'ms', digits: 1 },
  { name: 'store.scan.plaintext_cold_ms', unit: 'ms', digits: 1 },
  { name: 'store.scan.cold_ratio', unit: 'x', digits: 2 },
  { name: 'store.encrypted.peak_mb', unit: 'mb', digits: 1 },
  { name: 'store.plaintext.peak_mb', unit: 'mb', digits: 1 },
];

const UNLOCK_FIGURES: readonly Figure[] = [{ name: 'unlock.median_ms', unit: 'ms', digits: 1 }];

const DASHBOARD_FIGURES: readonly Figure[] = [
  { name: 'dashboard.paint_ms', unit: 'ms', digits: 0 },
  { name: 'dashboard.filter_ms', unit: 'ms', digits: 1 },
];

const CHRONOLOGY_FIGURES: readonly Figure[] = [
  { name: 'chronology.merge_s', unit: 's', digits: 2 },
  { name: 'chronology.peak_mb', unit: 'mb', digits: 0 },
  { name: 'chronology.floor_ratio', unit: 'x', digits: 2 },
];

const VAULT_FIGURES: readonly Figure[] = [
  { name: 'vault.write.app_mb_s', unit: 'mb/s', digits: 1 },
  { name: 'vault.write.floor_mb_s', unit: 'mb/s', digits: 1 },
  { name: 'vault.write.ratio', unit: 'x', digits: 2 },
  { name: 'vault.read.app_mb_s', unit: 'mb/s', digits: 1 },
  { name: 'vault.read.floor_mb_s', unit: 'mb/s', digits: 1 },
  { name: 'vault.read.ratio', unit: 'x', digits: 2 },
  { name: 'vault.peak_mb', unit: 'mb', digits: 1 },
  { name: 'vault.floor.peak_mb', unit: 'mb', digits: 1 },
];

const BUNDLE_FIGURES: readonly Figure[] = [
  { name: 'bundle.export_s', unit: 's', digits: 2 },
  { name: 'bundle.import_s', unit: 's', digits: 2 },
  { name: 'bundle.peak_mb', unit: 'mb', digits: 0 },
];

const REDACTION_FIGURES: readonly Figure[] = [
  { name: 'redaction.publication_s', unit: 's', digits: 2 },
  { name: 'redaction.peak_mb', unit: 'mb', digits: 0 },
];

const FIGURES_FIGURES: readonly Figure[] = [
  { name: 'figures.compute_ms', unit: 'ms', digits: 1 },
  { name: 'figures.compute_decade_ms', unit: 'ms', digits: 1 },
  { name: 'figures.render_ms', unit: 'ms', digits: 0 },
];

/** The issue's targets: informational, never asserted. */
const TARGETS: readonly { readonly name: string; readonly comparison: '<=' | '<'; readonly limit: number }[] = [
  { name: 'store.write.ratio', comparison: '<=', limit: 3.0 },
  { name: 'store.read.ratio', comparison: '<=', limit: 1.1 },
  { name: 'store.scan.ratio', comparison: '<=', limit: 1.1 },
  { name: 'unlock.median_ms', comparison: '<', limit: 1000 },
  { name: 'dashboard.paint_ms', comparison: '<', limit: 1500 },
  { name: 'dashboard.filter_ms', comparison: '<', limit: 100 },
  { name: 'chronology.merge_s', comparison: '<', limit: 8 },
  { name: 'chronology.peak_mb', comparison: '<', limit: 500 },
  { name: 'chronology.floor_ratio', comparison: '<=', limit: 1.5 },
  { name: 'vault.write.ratio', comparison: '<=', limit: 1.3 },
  { name: 'vault.read.ratio', comparison: '<=', limit: 1.3 },
  { name: 'vault.peak_mb', comparison: '<', limit: 150 },
  { name: 'bundle.export_s', comparison: '<', limit: 5 },
  { name: 'bundle.import_s', comparison: '<', limit: 8 },
  { name: 'bundle.peak_mb', comparison: '<', limit: 300 },
  { name: 'redaction.publication_s', comparison: '<', limit: 7 },
  { name: 'redaction.peak_mb', comparison: '<', limit: 1024 },
  { name: 'figures.compute_ms', comparison: '<', limit: 500 },
];

const prefixes = process.argv.slice(2).filter((argument) => argument !== '--');
const isSelected = (name: string): boolean => prefixes.length === 0 || prefixes.some((prefix) => name.startsWith(prefix));
const values = new Map<string, number>();

function info(line: string): void {
  console.log(`# ${line}`);
}

function report(figures: readonly Figure[], name: string, value: number): void {
  const figure = figures.find((candidate) => candidate.name === name);
  if (figure === undefined) throw new Error(`No figure called ${name}.`);
  values.set(name, value);
  if (isSelected(name)) console.log(`bench: ${name} ${fixed(value, figure.digits)} ${figure.unit}`);
}

class BenchError extends Error {}

/**
 * Each database's workload runs twice, in the order plaintext, encrypted, encrypted, plaintext,
 * so that drift and other work on the machine during the run fall on both sides alike. Warm
 * figures are the median of all the timed passes of a side; the write and cold figures the
 * median (here the mean) of its two runs; the peak the higher of its two.
 */
const ORDER: readonly StoreMode[] = ['plaintext', 'encrypted', 'encrypted', 'plaintext'];

async function runStoreFigures(): Promise<void> {
  info(
    `store workload: ${ROWS.toLocaleString('en-GB')} rows in batches of ${BATCH_SIZE.toLocaleString('en-GB')}, ` +
      `${POINT_READS.toLocaleString('en-GB')} point reads by case, a scan of event dates ${SCAN_FROM} to ${SCAN_TO}; ` +
      `each run times one cold pass of the reads and of the scan on a fresh connection, then ${REPETITIONS} warm passes of each; runs in the order ${ORDER.join(', ')}`,
  );
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-bench-store-'));
  const results: Record<StoreMode, WorkloadResult[]> = { encrypted: [], plaintext: [] };
  try {
    for (const [index, mode] of ORDER.entries()) {
      const folder = path.join(root, `${index + 1}-${mode}`);
      fs.mkdirSync(folder, { mode: 0o700 });
      const started = performance.now();
      const result = await runStoreWorkloadInChild(mode, folder);
      results[mode].push(result);
      const file = path.join(folder, DATABASE_NAME);
      const header = startsWithSqliteHeader(file);
      const label = `run ${index + 1} ${mode}`;
      info(
        `${label}: ${fixed(result.textBytes / 1e6, 1)} MB of row text, file ${fixed(mib(result.fileBytes), 1)} MiB (${result.pageCount} pages), ` +
          `begins with 'SQLite format 3\\0': ${header ? 'yes' : 'no'}; ${fixed((performance.now() - started) / 1000, 1)} s in all`,
      );
      info(`${label}: connection ${JSON.stringify(result.settings)}; resident ${fixed(result.startRssMiB, 1)} MiB before the workload, ${fixed(result.peakRssMiB, 1)} MiB at peak`);
      info(
        `${label}: write ${fixed(result.writeMs, 0)} ms; reads cold ${fixed(result.readColdMs, 0)}, warm ${result.readMs.map((ms) => fixed(ms, 0)).join(', ')} ms; ` +
          `scan cold ${fixed(result.scanColdMs, 0)}, warm ${result.scanMs.map((ms) => fixed(ms, 0)).join(', ')} ms`,
      );
      if (mode === 'encrypted' && header) throw new BenchError(`FAIL: the encrypted database ${file} begins with SQLite's plaintext header: it is not encrypted.`);
      if (mode === 'plaintext' && !header) throw new BenchError(`FAIL: the plaintext database ${file} does not begin with SQLite's header, so the comparison is not with plain SQLite.`);
      // Removed as soon as it is measured, so the temporary folder never holds more than one 130 MB database.
      fs.rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }

  const all = [...results.encrypted, ...results.plaintext];
  const reference = all[0]!;
  for (const result of all) {
    if (result.readRows !== reference.readRows || result.scanEntries !== reference.scanEntries || result.scanRows !== reference.scanRows) {
      throw new BenchError(`FAIL: the runs did not return the same rows (${result.mode}: ${JSON.stringify([result.readRows, result.scanEntries])}, expected ${JSON.stringify([reference.readRows, reference.scanEntries])}).`);
    }
    if (JSON.stringify(result.settings) !== JSON.stringify(reference.settings)) {
      throw new BenchError('FAIL: the encrypted and plaintext connections do not have the same settings, so the comparison is not like for like.');
    }
  }
  info(
    `each point-read pass returns ${reference.readRows.toLocaleString('en-GB')} rows; the scan counts ${reference.scanEntries.toLocaleString('en-GB')} of ${ROWS.toLocaleString('en-GB')} rows ` +
      `in ${reference.scanRows} agencies; page cache ${PAGE_CACHE_KIB / 1024} MiB against an encrypted file of ${fixed(mib(results.encrypted[0]!.fileBytes), 1)} MiB`,
  );

  const f = STORE_FIGURES;
  const write = (mode: StoreMode): number => median(results[mode].map((result) => result.writeMs));
  report(f, 'store.write.encrypted_ms', write('encrypted'));
  report(f, 'store.write.plaintext_ms', write('plaintext'));
  report(f, 'store.write.ratio', write('encrypted') / write('plaintext'));
  for (const part of ['read', 'scan'] as const) {
    const warm = (mode: StoreMode): number => median(results[mode].flatMap((result) => (part === 'read' ? result.readMs : result.scanMs)));
    const cold = (mode: StoreMode): number => median(results[mode].map((result) => (part === 'read' ? result.readColdMs : result.scanColdMs)));
    report(f, `store.${part}.encrypted_ms`, warm('encrypted'));
    report(f, `store.${part}.plaintext_ms`, warm('plaintext'));
    report(f, `store.${part}.ratio`, warm('encrypted') / warm('plaintext'));
    report(f, `store.${part}.encrypted_cold_ms`, cold('encrypted'));
    report(f, `store.${part}.plaintext_cold_ms`, cold('plaintext'));
    report(f, `store.${part}.cold_ratio`, cold('encrypted') / cold('plaintext'));
  }
  // Peak resident set size of each workload's own child process (see peak-rss.ts), in MiB.
  report(f, 'store.encrypted.peak_mb', Math.max(...results.encrypted.map((result) => result.peakRssMiB)));
  report(f, 'store.plaintext.peak_mb', Math.max(...results.plaintext.map((result) => result.peakRssMiB)));
}

async function runUnlockFigures(): Promise<void> {
  info('unlock: a real store made with initialiseStore; each unlock (Argon2id, unwrap, unseal, open, schema and checkpoint check) is followed by a lock');
  const times = await measureUnlock(8);
  info(`unlock: ${times.timesMs.map((ms) => fixed(ms, 0)).join(', ')} ms; each lock after it took ${times.lockTimesMs.map((ms) => fixed(ms, 0)).join(', ')} ms`);
  report(UNLOCK_FIGURES, 'unlock.median_ms', times.medianMs);
}

async function runDashboardFigures(): Promise<void> {
  info('dashboard: a real store of 5,000 synthetic cases; the built renderer through the preview in /usr/bin/chromium; five runs, each a fresh page that signs in as a Business Unit officer');
  const times = await measureDashboard(5_000, 5);
  info(`dashboard: seeding ${times.cases.toLocaleString('en-GB')} cases took ${fixed(times.seedMs / 1000, 1)} s`);
  info(`dashboard: unlock answered to list painted ${times.paintMs.map((ms) => fixed(ms, 0)).join(', ')} ms; sign-in pressed to list painted (with Argon2id) ${times.signInToPaintMs.map((ms) => fixed(ms, 0)).join(', ')} ms`);
  info(`dashboard: filters (${times.filterNames.join('; ')}) each run: ${times.filterMs.map((ms) => fixed(ms, 0)).join(', ')} ms`);
  report(DASHBOARD_FIGURES, 'dashboard.paint_ms', times.medianPaintMs);
  report(DASHBOARD_FIGURES, 'dashboard.filter_ms', times.medianFilterMs);
}

/** As for the store: floor, app, app, floor, so that drift on the machine falls on both sides alike. */
const CHRONOLOGY_ORDER: readonly ChronologySide[] = ['floor', 'app', 'app', 'floor'];

async function runChronologyFigures(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-bench-chronology-'));
  try {
    let started = performance.now();
    const files = await writeReturnFiles(root, benchRows());
    const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
    info(
      `chronology: ${RETURN_FILES} agency workbooks, ${RETURN_ROWS.toLocaleString('en-GB')} rows in all, ${fixed(mib(bytes), 1)} MiB on disk, written in ${fixed((performance.now() - started) / 1000, 1)} s; ` +
        `sides in the order ${CHRONOLOGY_ORDER.join(', ')}, each in its own process`,
    );
    const results: Record<ChronologySide, SideResult[]> = { app: [], floor: [] };
    for (const [index, side] of CHRONOLOGY_ORDER.entries()) {
      const folder = path.join(root, `${index + 1}-${side}`);
      fs.mkdirSync(folder, { mode: 0o700 });
      started = performance.now();
      const result = await runSideInChild(side, folder, files);
      results[side].push(result);
      const label = `run ${index + 1} ${side}`;
      if (result.app !== undefined) {
        const app = result.app;
        if (app.rows === 0) throw new BenchError(`FAIL: ${label} imported no rows.`);
        info(`${label}: ${RETURN_FILES} imports and the evidence view ${fixed(app.importMs, 0)} ms (${app.rows.toLocaleString('en-GB')} rows in the composite, ${app.flaggedGroups} duplicate groups flagged); composite .xlsx ${fixed(app.exportMs, 0)} ms (${fixed(mib(app.exportBytes), 1)} MiB)`);
      }
      if (result.floor !== undefined) {
        const floor = result.floor;
        info(`${label}: exceljs streaming read ${fixed(floor.readMs, 0)} ms (${floor.rows.toLocaleString('en-GB')} rows); one-transaction insert into an encrypted store ${fixed(floor.insertMs, 0)} ms; exceljs streaming write ${fixed(floor.writeMs, 0)} ms`);
      }
      info(`${label}: ${fixed(result.totalMs, 0)} ms in all; resident ${fixed(result.startRssMiB, 1)} MiB before, ${fixed(result.peakRssMiB, 1)} MiB at peak`);
      fs.rmSync(folder, { recursive: true, force: true });
    }
    const appRows = results.app.map((result) => result.app!.rows);
    const floorRows = results.floor.map((result) => result.floor!.rows);
    if (floorRows.some((rows) => rows !== RETURN_ROWS)) throw new BenchError(`FAIL: the floor read ${floorRows.join(', ')} rows, not ${RETURN_ROWS}.`);
    // Merged duplicates leave the composite, so the app's composite may hold fewer rows, never more.
    if (appRows.some((rows) => rows > RETURN_ROWS || rows < RETURN_ROWS * 0.9)) throw new BenchError(`FAIL: the app's composite held ${appRows.join(', ')} rows from ${RETURN_ROWS} imported.`);
    const appMs = median(results.app.map((result) => result.app!.importMs + result.app!.exportMs));
    const floorMs = median(results.floor.map((result) => result.floor!.readMs + result.floor!.insertMs + result.floor!.writeMs));
    report(CHRONOLOGY_FIGURES, 'chronology.merge_s', appMs / 1000);
    report(CHRONOLOGY_FIGURES, 'chronology.peak_mb', Math.max(...results.app.map((result) => result.peakRssMiB)));
    report(CHRONOLOGY_FIGURES, 'chronology.floor_ratio', appMs / floorMs);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** As for the store: floor, app, app, floor, so that drift on the machine falls on both sides alike. */
const VAULT_ORDER: readonly VaultSide[] = ['floor', 'app', 'app', 'floor'];

/**
 * Megabytes per second here are 10^6 bytes a second, as the issue's figures are. The peak is
 * the transfer's own: the resident size sampled every 50 ms during intake and read-back, less
 * the resident size just before (Node, tsx, the modules and the open store, which no transfer
 * changes); the process's whole peak is printed beside it.
 */
async function runVaultFigures(): Promise<void> {
  const mebibytes = vaultBenchMebibytes();
  const bytes = mebibytes * 1024 * 1024;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-bench-vault-'));
  const previousCheckpointDir = process.env.PRM_CHECKPOINT_DIR;
  process.env.PRM_CHECKPOINT_DIR = path.join(root, 'checkpoints');
  try {
    let started = performance.now();
    const sourceFile = path.join(root, 'source.bin');
    const sourceSha256 = await writeSeededFile(sourceFile, bytes);
    info(
      `vault: one file of ${mebibytes.toLocaleString('en-GB')} MiB of seeded pseudo-random bytes (PRM_BENCH_VAULT_MB sets the size), written in ${fixed((performance.now() - started) / 1000, 1)} s; ` +
        `each side reads it from disk, stores it, and reads it back out to disk; sides in the order ${VAULT_ORDER.join(', ')}, each in its own process`,
    );
    info('vault floor: raw 1 MiB blobs of the same bytes into a fresh SQLCipher database opened with the same pragmas and the page cache the app holds while a file moves, committed as often as the app commits, then selected back one at a time on a fresh connection');
    const results: Record<VaultSide, VaultSideResult[]> = { app: [], floor: [] };
    for (const [index, side] of VAULT_ORDER.entries()) {
      const folder = path.join(root, `${index + 1}-${side}`);
      fs.mkdirSync(folder, { mode: 0o700 });
      if (side === 'app') await prepareVaultStore(folder);
      started = performance.now();
      const result = await runVaultSideInChild(side, folder, sourceFile, bytes, sourceSha256);
      results[side].push(result);
      const label = `run ${index + 1} ${side}`;
      info(
        `${label}: write ${fixed(result.writeMs, 0)} ms, read ${fixed(result.readMs, 0)} ms; database and journal ${fixed(mib(result.databaseBytes), 0)} MiB; connection during the transfer ${JSON.stringify(result.settings)}; ` +
          `resident ${fixed(result.startRssMiB, 1)} MiB before, ${fixed(result.transferPeakRssMiB, 1)} MiB at peak during the transfer (${result.samples} samples), process peak ${fixed(result.processPeakRssMiB, 1)} MiB; ${fixed((performance.now() - started) / 1000, 1)} s in all`,
      );
      if (result.writtenSha256 !== sourceSha256 || result.readBackSha256 !== sourceSha256 || result.readBackBytes !== bytes) {
        throw new BenchError(`FAIL: ${label} did not return the file intact (in ${result.writtenSha256}, out ${result.readBackSha256}, ${result.readBackBytes} bytes; source ${sourceSha256}).`);
      }
      // Removed as soon as it is measured, so the temporary folder never holds more than one store of the file.
      fs.rmSync(folder, { recursive: true, force: true });
    }
    const meanMs = (side: VaultSide, part: 'writeMs' | 'readMs'): number => median(results[side].map((result) => result[part]));
    const megabytesPerSecond = (ms: number): number => bytes / 1e6 / (ms / 1000);
    const f = VAULT_FIGURES;
    for (const [part, key] of [
      ['write', 'writeMs'],
      ['read', 'readMs'],
    ] as const) {
      report(f, `vault.${part}.app_mb_s`, megabytesPerSecond(meanMs('app', key)));
      report(f, `vault.${part}.floor_mb_s`, megabytesPerSecond(meanMs('floor', key)));
      report(f, `vault.${part}.ratio`, meanMs('app', key) / meanMs('floor', key));
    }
    const growth = (side: VaultSide): number => Math.max(...results[side].map((result) => result.transferPeakRssMiB - result.startRssMiB));
    report(f, 'vault.peak_mb', growth('app'));
    report(f, 'vault.floor.peak_mb', growth('floor'));
  } finally {
    if (previousCheckpointDir === undefined) delete process.env.PRM_CHECKPOINT_DIR;
    else process.env.PRM_CHECKPOINT_DIR = previousCheckpointDir;
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** The case's documents in MiB: 200 unless PRM_BENCH_BUNDLE_MB asks for a quicker run. */
function bundleBenchMebibytes(): number {
  const asked = process.env.PRM_BENCH_BUNDLE_MB;
  if (asked === undefined || asked === '') return 200;
  const value = Number(asked);
  if (!Number.isInteger(value) || value < 1) throw new Error(`PRM_BENCH_BUNDLE_MB must be a whole number of MiB, not "${asked}".`);
  return value;
}

/**
 * A case handed to another partnership: export (the case file and every document read out of
 * the store, sealed and signed) and import (every check, then the case and its documents written
 * into the receiving store in one transaction), each side in its own process. The peak is the
 * process's whole peak resident size (Node, tsx and the modules included), the higher of the two.
 */
async function runBundleFigures(): Promise<void> {
  const mebibytes = bundleBenchMebibytes();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-bench-bundle-'));
  const previousCheckpointDir = process.env.PRM_CHECKPOINT_DIR;
  process.env.PRM_CHECKPOINT_DIR = path.join(root, 'checkpoints');
  try {
    let started = performance.now();
    const setup = await prepareBundleStores(root, mebibytes * 1024 * 1024);
    info(`bundle: a case with ${setup.documentSha256.length} documents, ${mebibytes.toLocaleString('en-GB')} MiB in all (PRM_BENCH_BUNDLE_MB sets it), made in ${fixed((performance.now() - started) / 1000, 1)} s; export then import, each in its own process`);
    const results: BundleSideResult[] = [];
    for (const side of ['export', 'import'] as const) {
      started = performance.now();
      const result = await runBundleSideInChild(side, root);
      results.push(result);
      info(`${side}: ${fixed(result.ms, 0)} ms; bundle ${fixed(mib(result.bundleBytes), 1)} MiB; resident ${fixed(result.startRssMiB, 1)} MiB before, process peak ${fixed(result.processPeakRssMiB, 1)} MiB; ${fixed((performance.now() - started) / 1000, 1)} s in all`);
    }
    const arrived = [...results[1]!.documentSha256].sort();
    if (JSON.stringify(arrived) !== JSON.stringify([...setup.documentSha256].sort())) throw new BenchError('FAIL: the documents that arrived do not match those sent.');
    report(BUNDLE_FIGURES, 'bundle.export_s', results[0]!.ms / 1000);
    report(BUNDLE_FIGURES, 'bundle.import_s', results[1]!.ms / 1000);
    report(BUNDLE_FIGURES, 'bundle.peak_mb', Math.max(...results.map((result) => result.processPeakRssMiB)));
  } finally {
    if (previousCheckpointDir === undefined) delete process.env.PRM_CHECKPOINT_DIR;
    else process.env.PRM_CHECKPOINT_DIR = previousCheckpointDir;
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const REDACTION_RUNS = 3;
const REDACTION_PAGES = 200;
const REDACTION_ENTRIES = 2000;

/**
 * A 200-page report and a 2,000-entry register, through detection, redaction, the publication
 * PDF and the re-extraction gate, each run in its own process; medians of three. The peak is the
 * process's whole peak resident size (Node, tsx and the modules included), the highest run.
 */
async function runRedactionFigures(): Promise<void> {
  const results: RedactionResult[] = [];
  for (let run = 1; run <= REDACTION_RUNS; run += 1) {
    const result = await runRedactionInChild(REDACTION_ENTRIES, REDACTION_PAGES);
    info(
      `redaction run ${run}: ${result.words.toLocaleString('en-GB')} words, ${REDACTION_ENTRIES.toLocaleString('en-GB')} register entries → ${result.pages} pages, ${fixed(mib(result.pdfBytes), 1)} MiB; ` +
        `detect ${fixed(result.detectMs, 0)} ms, redact ${fixed(result.redactMs, 0)} ms, render ${fixed(result.renderMs, 0)} ms, extract and gate ${fixed(result.gateMs, 0)} ms; ` +
        `(pdfjs-dist loaded beforehand in ${fixed(result.loadMs, 0)} ms, once per process); ${result.replaced.toLocaleString('en-GB')} replaced, ${result.candidates} candidates, ${result.findings} gate findings; resident ${fixed(result.startRssMiB, 1)} MiB before, process peak ${fixed(result.processPeakRssMiB, 1)} MiB`,
    );
    if (result.findings !== 0) throw new BenchError(`FAIL: the gate found ${result.findings} register values in the redacted publication copy.`);
    if (result.replaced === 0) throw new BenchError('FAIL: nothing was redacted: the synthetic report names no one.');
    results.push(result);
  }
  report(REDACTION_FIGURES, 'redaction.publication_s', median(results.map((result) => result.totalMs)) / 1000);
  report(REDACTION_FIGURES, 'redaction.peak_mb', Math.max(...results.map((result) => result.processPeakRssMiB)));
}

/**
 * Ten years of synthetic data in a real store (figures-seed.ts): one financial year's figures
 * and the decade's, each the median of several runs after one cold run, and one year's workbook
 * and PDF. Fails only if the seeded data did not arrive in the figures.
 */
async function runFiguresFigures(): Promise<void> {
  const times = await measureFigures(7);
  const { seeded } = times;
  info(
    `figures: ${seeded.referrals.toLocaleString('en-GB')} referrals, ${seeded.reviews} reviews, ${seeded.actions.toLocaleString('en-GB')} actions, ${seeded.clocks.toLocaleString('en-GB')} clocks, ` +
      `${seeded.summaries.toLocaleString('en-GB')} agency summaries, ${DECADE.from} to ${DECADE.to}, seeded by direct SQL in one transaction (clocks by the app's syncClocks) in ${fixed(times.seedMs / 1000, 1)} s; store ${fixed(times.storeMiB, 1)} MiB`,
  );
  const decadeReferrals = figureValue(times.decade, 'referrals.total');
  if (decadeReferrals !== REFERRALS) throw new BenchError(`FAIL: the decade's figures count ${decadeReferrals} referrals, not the ${REFERRALS} seeded.`);
  info(
    `figures ${BENCH_YEAR.from} to ${BENCH_YEAR.to}: ${figureValue(times.year, 'referrals.total')} referrals, ${figureValue(times.year, 'reviews.total')} reviews, ${figureValue(times.year, 'actions.total')} actions due; ` +
      `first run after unlocking ${fixed(times.firstYearMs, 1)} ms, then ${times.yearMs.map((ms) => fixed(ms, 1)).join(', ')} ms`,
  );
  info(`figures for the decade: ${figureValue(times.decade, 'reviews.total')} reviews, ${figureValue(times.decade, 'actions.total')} actions; ${times.decadeMs.map((ms) => fixed(ms, 1)).join(', ')} ms`);
  report(FIGURES_FIGURES, 'figures.compute_ms', median(times.yearMs));
  report(FIGURES_FIGURES, 'figures.compute_decade_ms', median(times.decadeMs));
  if (times.renderMs === null) info(`figures: the workbook and PDF could not be rendered (${times.renderProblem ?? 'unknown'}), so figures.render_ms is not reported`);
  else {
    info(`figures: one year's workbook and PDF ${times.renderMs.map((ms) => fixed(ms, 0)).join(', ')} ms`);
    report(FIGURES_FIGURES, 'figures.render_ms', median(times.renderMs));
  }
}

const GROUPS = [
  { figures: STORE_FIGURES, run: runStoreFigures },
  { figures: UNLOCK_FIGURES, run: runUnlockFigures },
  { figures: DASHBOARD_FIGURES, run: runDashboardFigures },
  { figures: CHRONOLOGY_FIGURES, run: runChronologyFigures },
  { figures: VAULT_FIGURES, run: runVaultFigures },
  { figures: BUNDLE_FIGURES, run: runBundleFigures },
  { figures: REDACTION_FIGURES, run: runRedactionFigures },
  { figures: FIGURES_FIGURES, run: runFiguresFigures },
];

async function main(): Promise<number> {
  const groups = GROUPS.filter((group) => group.figures.some((figure) => isSelected(figure.name)));
  if (groups.length === 0) {
    console.error(`No figure starts with ${prefixes.map((prefix) => `"${prefix}"`).join(' or ')}. The figures are:`);
    for (const group of GROUPS) for (const figure of group.figures) console.error(`  ${figure.name}`);
    return 2;
  }
  info(`node ${process.version} on ${os.platform()} ${os.arch()}, ${os.cpus().length} cores, ${fixed(os.totalmem() / 1024 ** 3, 1)} GiB`);
  const started = performance.now();
  for (const group of groups) await group.run();
  for (const target of TARGETS) {
    const value = values.get(target.name);
    if (value === undefined || !isSelected(target.name)) continue;
    const met = target.comparison === '<=' ? value <= target.limit : value < target.limit;
    info(`target ${target.name} ${target.comparison} ${target.limit}: ${met ? 'met' : 'MISSED'} (${fixed(value, 2)})`);
  }
  info(`finished in ${fixed((performance.now() - started) / 1000, 1)} s`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof BenchError ? error.message : error);
    process.exitCode = 1;
  },
);
