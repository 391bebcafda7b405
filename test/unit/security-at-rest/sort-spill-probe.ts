/**
 * Run in a child process by no-plaintext-on-disk.test.ts, never by vitest itself (its name does
 * not end in .test.ts). It opens the store with the app's own openDatabase, sorts more rows than
 * the page cache holds, and half-way through reading the sorted rows looks at every file the
 * process has open in the watched folder.
 *
 * SQLite unlinks a temporary file the moment it opens it, so listing the folder shows nothing;
 * the only way to see the file is through the process's own open descriptors in /proc/self/fd,
 * whose link targets end in " (deleted)". That is why this must be a separate process: it can
 * only read its own descriptors, and SQLITE_TMPDIR is read once, when SQLite first needs it.
 *
 * Input, from the environment:
 *   PRM_PROBE_DATABASE   the store's database file
 *   PRM_PROBE_KEY_HEX    the master key, 64 hex digits
 *   PRM_PROBE_MODE       "app" (the app's pragmas, unchanged) or "control" (temp_store=FILE)
 *   PRM_PROBE_WATCH      the folder SQLITE_TMPDIR points at
 *   PRM_PROBE_PREFIX     the text every marker row starts with
 *   PRM_PROBE_SAMPLE     one whole marker, to find as well
 *   PRM_PROBE_CACHE_KIB  the page cache, in KiB, for both modes
 * Output: one line of JSON on stdout (see ProbeReport).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../../main/store/open-database.ts';

export interface OpenTempFile {
  readonly fd: string;
  readonly target: string;
  readonly bytes: number;
  /** How many times the marker prefix appears in the file, as UTF-8. */
  readonly prefixHits: number;
  readonly sampleFound: boolean;
}

export interface ProbeReport {
  readonly mode: 'app' | 'control';
  readonly tempStore: number;
  readonly cacheSize: number;
  readonly rowsRead: number;
  readonly sortedCorrectly: boolean;
  /** What a plain listing of the watched folder shows, taken at the same moment. */
  readonly folderListing: readonly string[];
  readonly openTempFiles: readonly OpenTempFile[];
}

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set.`);
  return value;
}

function countHits(haystack: Buffer, needle: Buffer): number {
  let hits = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) hits += 1;
  return hits;
}

function openFilesIn(folder: string, prefix: Buffer, sample: Buffer): OpenTempFile[] {
  const found: OpenTempFile[] = [];
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    let target: string;
    try {
      target = fs.readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      continue; // The descriptor readdir itself used is already closed.
    }
    if (!target.startsWith(folder + path.sep)) continue;
    // Opening /proc/self/fd/N reopens the file even though it has no name any more.
    const bytes = fs.readFileSync(`/proc/self/fd/${fd}`);
    found.push({ fd, target, bytes: bytes.length, prefixHits: countHits(bytes, prefix), sampleFound: bytes.includes(sample) });
  }
  return found;
}

function main(): void {
  const mode = required('PRM_PROBE_MODE');
  if (mode !== 'app' && mode !== 'control') throw new Error(`Unknown mode ${mode}.`);
  const watch = fs.realpathSync(required('PRM_PROBE_WATCH'));
  const prefix = Buffer.from(required('PRM_PROBE_PREFIX'), 'utf8');
  const sample = Buffer.from(required('PRM_PROBE_SAMPLE'), 'utf8');
  const cacheKiB = Number(required('PRM_PROBE_CACHE_KIB'));
  const key = Buffer.from(required('PRM_PROBE_KEY_HEX'), 'hex');

  const db = openDatabase(required('PRM_PROBE_DATABASE'), key, { cacheKiB });
  key.fill(0);
  try {
    // The control differs from the app's connection in this one pragma: sorts may then spill to
    // temporary files, which SQLite writes through its ordinary file layer, unencrypted.
    if (mode === 'control') db.pragma('temp_store=FILE');
    const tempStore = Number(db.pragma('temp_store', { simple: true }));
    const cacheSize = Number(db.pragma('cache_size', { simple: true }));
    const total = (db.prepare('SELECT count(*) AS n FROM spill_rows').get() as { n: number }).n;
    const sorted = db.prepare('SELECT sort_key, marker, padding FROM spill_rows ORDER BY sort_key');

    let rowsRead = 0;
    let sortedCorrectly = true;
    let folderListing: string[] = [];
    let openTempFiles: OpenTempFile[] = [];
    for (const row of sorted.iterate() as IterableIterator<{ sort_key: number; marker: string; padding: string }>) {
      if (row.sort_key !== rowsRead) sortedCorrectly = false;
      rowsRead += 1;
      // Half-way, the sorter is merging its runs back, so any file it spilled to is still open.
      if (rowsRead === Math.floor(total / 2)) {
        folderListing = fs.readdirSync(watch);
        openTempFiles = openFilesIn(watch, prefix, sample);
      }
    }
    const report: ProbeReport = { mode, tempStore, cacheSize, rowsRead, sortedCorrectly, folderListing, openTempFiles };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    db.close();
  }
}

main();
