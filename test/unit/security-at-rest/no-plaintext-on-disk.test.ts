/**
 * Nothing written to the store reaches the disk as plaintext: not the database file, not its
 * write-ahead log while the connection is open, and not the temporary files SQLite writes when a
 * sort is larger than the page cache.
 *
 * Every marker is a string that cannot occur by chance (each run adds a random nonce), written
 * through the real services (user names, which also land in the audit details) or straight
 * through the store's own connection (a table of marker rows, large enough to make a sort spill).
 * SQLite stores text as UTF-8 (the first test checks the store's encoding), so the bytes are
 * searched for the UTF-8 form; the UTF-16 forms are searched for as well, at no cost.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { createCase, listCases } from '../../../main/reviews/cases.ts';
import { addUser, listUsers } from '../../../main/security/user-admin.ts';
import { BUSINESS_UNIT } from '../../../shared/organisations.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';
import type { ProbeReport } from './sort-spill-probe.ts';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const PROBE = fileURLToPath(new URL('./sort-spill-probe.ts', import.meta.url));

/**
 * About 110 bytes a row, so some 22 MB to sort. With temp_store=FILE the sorter spills once it
 * holds more than the larger of the page cache (512 KiB here) and 250 pages (1 MiB), so the
 * control writes some twenty runs to a temporary file.
 */
const SPILL_ROWS = 200_000;
const PROBE_CACHE_KIB = 512;
/** Coprime with SPILL_ROWS, so (i * STRIDE) % SPILL_ROWS visits every sort key once, out of order. */
const STRIDE = 7_919;

const nonce = randomBytes(8).toString('hex');
const spillPrefix = `PRM-SPILL-${nonce}-`;
const spillMarker = (index: number): string => `${spillPrefix}${String(index).padStart(6, '0')}`;
const userNames = [`Marker Alder ${nonce}`, `Marker Birch ${nonce}`, `Marker Cedar ${nonce}`];
/** Case references are made by the app (PRM-year-number); unusual years keep them distinctive. */
const caseReferralDates = ['1971-03-04', '1972-05-06'];

let store: TempStore;
let masterKeyHex: string;
let caseReferences: string[] = [];

/** Every marker, except the 200,000 spill markers, which all contain (and so are covered by) the prefix. */
function markers(): string[] {
  return [...userNames, ...caseReferences, spillPrefix, spillMarker(0), spillMarker(SPILL_ROWS - 1)];
}

/** The markers found in these bytes, as UTF-8, UTF-16LE or UTF-16BE; an empty list when none is. */
function markersIn(bytes: Buffer): string[] {
  const found: string[] = [];
  for (const marker of markers()) {
    const utf16le = Buffer.from(marker, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    if (bytes.includes(Buffer.from(marker, 'utf8'))) found.push(`${marker} (UTF-8)`);
    if (bytes.includes(utf16le)) found.push(`${marker} (UTF-16LE)`);
    if (bytes.includes(utf16be)) found.push(`${marker} (UTF-16BE)`);
  }
  return found;
}

function databaseFile(): string {
  return path.join(store.folder, 'store.prm');
}

/** Runs the probe in its own process, with SQLite's temporary folder pointed at a fresh one. */
function runProbe(mode: 'app' | 'control'): { report: ProbeReport; listingAfter: string[] } {
  const watch = fs.mkdtempSync(path.join(store.root, `sqlite-tmp-${mode}-`));
  const result = spawnSync(process.execPath, ['--import', 'tsx', PROBE], {
    cwd: REPOSITORY,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      ...process.env,
      SQLITE_TMPDIR: watch,
      PRM_PROBE_DATABASE: databaseFile(),
      PRM_PROBE_KEY_HEX: masterKeyHex,
      PRM_PROBE_MODE: mode,
      PRM_PROBE_WATCH: watch,
      PRM_PROBE_PREFIX: spillPrefix,
      PRM_PROBE_SAMPLE: spillMarker(123_457),
      PRM_PROBE_CACHE_KIB: String(PROBE_CACHE_KIB),
    },
  });
  if (result.status !== 0) throw new Error(`The ${mode} probe failed (exit ${String(result.status)}, ${String(result.signal)}): ${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  return { report: JSON.parse(lines[lines.length - 1]!) as ProbeReport, listingAfter: fs.readdirSync(watch) };
}

beforeAll(async () => {
  store = await makeTempStore();
  const session = store.session;
  for (const name of userNames) {
    await addUser(session, { name, role: 'business-unit', organisation: BUSINESS_UNIT, passphrase: 'quiet harbour lantern meadow' });
  }
  caseReferences = caseReferralDates.map((referralDate) => createCase(session, demoReferral({ kindRequested: 'rapid-review', incidentDate: referralDate, referralDate, agencies: ['Education'] })).summary.reference);

  const db = session.store.db;
  db.exec('CREATE TABLE spill_rows (id INTEGER PRIMARY KEY, sort_key INTEGER NOT NULL, marker TEXT NOT NULL, padding TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO spill_rows (sort_key, marker, padding) VALUES (?, ?, ?)');
  const padding = 'Synthetic filler so that each row is about a hundred bytes long, no more.';
  db.transaction(() => {
    for (let index = 0; index < SPILL_ROWS; index += 1) insert.run((index * STRIDE) % SPILL_ROWS, spillMarker(index), padding);
  })();
  // A copy: locking the session wipes the store's own.
  masterKeyHex = session.store.masterKey.toString('hex');
}, 180_000);

afterAll(() => {
  store?.cleanup();
});

describe('no plaintext on disk', () => {
  it('stores text as UTF-8, so a UTF-8 search finds any marker written in plain', () => {
    expect(store.session.store.db.pragma('encoding', { simple: true })).toBe('UTF-8');
  });

  it('reads every marker back through the app, so their absence from the files is not an empty store', () => {
    const session = store.session;
    expect(listUsers(session).map((user) => user.name)).toEqual(expect.arrayContaining(userNames));
    expect(listCases(session).map((row) => row.reference).sort()).toEqual(['PRM-1971-001', 'PRM-1972-001']);
    const db = session.store.db;
    expect(db.prepare('SELECT count(*) AS n FROM spill_rows WHERE marker LIKE ?').get(`${spillPrefix}%`)).toEqual({ n: SPILL_ROWS });
    const details = db.prepare('SELECT body FROM audit_details').all() as { body: string }[];
    expect(details.filter((row) => userNames.some((name) => row.body.includes(name)))).toHaveLength(userNames.length);
  });

  it('finds every marker in a decrypted image of the same database, so the search itself works', () => {
    // serialize() reads the pages back through the pager, after decryption.
    const plaintext = store.session.store.db.serialize();
    expect(plaintext.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(markersIn(plaintext)).toEqual(markers().map((marker) => `${marker} (UTF-8)`));
  });

  it('finds none of the markers in the database file while the store is open', () => {
    const bytes = fs.readFileSync(databaseFile());
    expect(bytes.length).toBeGreaterThan(SPILL_ROWS * 80);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(markersIn(bytes)).toEqual([]);
  });

  it('finds none of the markers in the write-ahead log while the connection is still open', () => {
    expect(store.session.store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const wal = fs.readFileSync(`${databaseFile()}-wal`);
    // The marker rows went through the log: it held the whole transaction before its checkpoint.
    expect(wal.length).toBeGreaterThan(SPILL_ROWS * 80);
    expect(markersIn(wal)).toEqual([]);
  });

  it('finds none of the markers in any file of the store or its checkpoint once the session is locked', () => {
    store.session.lock();
    const files = [store.folder, store.checkpointFolder].flatMap((folder) => fs.readdirSync(folder).map((name) => path.join(folder, name)));
    expect(files).toContain(databaseFile());
    const found = files.map((file) => ({ file: path.basename(file), markers: markersIn(fs.readFileSync(file)) })).filter((entry) => entry.markers.length > 0);
    expect(found).toEqual([]);
  });

  it('catches a sort spilled in plain to a temporary file when temp_store is FILE (the control, proving the detector works)', () => {
    const { report, listingAfter } = runProbe('control');
    expect(report.tempStore).toBe(1);
    expect(report.cacheSize).toBe(-PROBE_CACHE_KIB);
    expect(report.rowsRead).toBe(SPILL_ROWS);
    expect(report.sortedCorrectly).toBe(true);
    // SQLite unlinks its temporary files as it opens them: a folder listing never shows them.
    expect(report.folderListing).toEqual([]);
    expect(listingAfter).toEqual([]);
    const spilled = report.openTempFiles.filter((file) => file.prefixHits > 0);
    expect(spilled.length).toBeGreaterThan(0);
    expect(spilled.every((file) => file.target.endsWith(' (deleted)'))).toBe(true);
    expect(spilled.some((file) => file.sampleFound)).toBe(true);
    // Every row was written out in plain before the merge began.
    expect(spilled.reduce((total, file) => total + file.prefixHits, 0)).toBeGreaterThanOrEqual(SPILL_ROWS);
  });

  it("keeps the same sort out of temporary files altogether with the app's own connection settings", () => {
    const { report, listingAfter } = runProbe('app');
    expect(report.tempStore).toBe(2);
    expect(report.cacheSize).toBe(-PROBE_CACHE_KIB);
    expect(report.rowsRead).toBe(SPILL_ROWS);
    expect(report.sortedCorrectly).toBe(true);
    expect(report.openTempFiles.filter((file) => file.prefixHits > 0 || file.sampleFound)).toEqual([]);
    expect(report.openTempFiles).toEqual([]);
    expect(listingAfter).toEqual([]);
  });
});
