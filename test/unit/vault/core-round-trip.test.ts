/**
 * The vault core's round trip through a real SQLCipher store: files of every awkward size go in
 * as pieces of any size and come back byte for byte, with what intake records (hash, size,
 * chunks, sniffed type, path, note, the event) and nothing left behind by a refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { SECURED_CHUNK_BYTES } from '../../../shared/vault/secured-files.ts';
import { findSecuredFile, insertReceivingFile, appendChunks, listStoredFiles, recipientsOf } from '../../../main/store/repositories/secured-files.ts';
import { TRANSFER_CACHE_KIB, smallCacheHolds } from '../../../main/vault/cache-budget.ts';
import { AGENCY_RECOVERY_RECIPIENT } from '../../../main/vault/file-key.ts';
import { placeFile, removeUnfinishedIntakes } from '../../../main/vault/intake.ts';
import { readSecuredFile, unsealFileKey } from '../../../main/vault/read-back.ts';
import { PAGE_CACHE_KIB } from '../../../main/store/open-database.ts';
import { inPieces, makeVaultFixture, readBack, sha256, syntheticBytes, type VaultFixture } from './core-fixture.ts';

const SIZES = [
  ['an empty file', 0],
  ['one byte', 1],
  ['one byte short of a chunk', SECURED_CHUNK_BYTES - 1],
  ['exactly one chunk', SECURED_CHUNK_BYTES],
  ['one byte over a chunk', SECURED_CHUNK_BYTES + 1],
  ['a few megabytes', 3 * SECURED_CHUNK_BYTES + 123_457],
] as const;

describe('placing a secured file and reading it back', () => {
  let fixture: VaultFixture;

  beforeAll(async () => {
    fixture = await makeVaultFixture();
  });
  afterAll(() => fixture.cleanup());

  const rowCount = (table: string): number => (fixture.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it.each(SIZES)('returns %s byte for byte, with its hash, size and chunks recorded', async (_label, size) => {
    const bytes = syntheticBytes(size, size + 7);
    const placed = await placeFile(fixture.store, fixture.target, `round-trip/${size}.bin`, size, inPieces(bytes));
    expect(placed).toMatchObject({ sha256: sha256(bytes), size });
    const row = findSecuredFile(fixture.store.db, placed.fileId)!;
    expect(row).toMatchObject({ state: 'stored', sha256: sha256(bytes), size, chunks: Math.max(1, Math.ceil(size / SECURED_CHUNK_BYTES)), chunkBytes: SECURED_CHUNK_BYTES });
    const back = await readBack(fixture, placed.fileId);
    expect(back.length).toBe(size);
    expect(sha256(back)).toBe(sha256(bytes));
  });

  it('keeps a folder’s structure in the paths, and lists the set’s files in path order', async () => {
    const paths = ['Case notes/2026/home visit.txt', 'Case notes/2025/strategy meeting.txt', 'Referrals/initial contact.txt'];
    const placed = new Map<string, Buffer>();
    for (const [index, path] of paths.entries()) {
      const bytes = Buffer.from(`Synthetic record ${index} for ${path}\n`.repeat(50 + index));
      await placeFile(fixture.store, fixture.target, path, bytes.length, inPieces(bytes, [100]));
      placed.set(path, bytes);
    }
    const listed = listStoredFiles(fixture.store.db, fixture.setId).filter((file) => !file.path.startsWith('round-trip/'));
    expect(listed.map((file) => file.path)).toEqual([...paths].sort());
    for (const file of listed) {
      expect(file.mediaType).toBe('text/plain');
      expect((await readBack(fixture, file.id)).equals(placed.get(file.path)!)).toBe(true);
    }
  });

  it('sniffs the type from the content, not the name', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), syntheticBytes(2000, 3)]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), syntheticBytes(200, 4)]);
    const asPdf = await placeFile(fixture.store, fixture.target, 'sniff/letter.dat', pdf.length, inPieces(pdf));
    const asPng = await placeFile(fixture.store, fixture.target, 'sniff/photo.txt', png.length, inPieces(png));
    const random = await placeFile(fixture.store, fixture.target, 'sniff/notes.txt', 5000, inPieces(syntheticBytes(5000, 5)));
    expect(asPdf.mediaType).toBe('application/pdf');
    expect(asPng.mediaType).toBe('image/png');
    expect(random.mediaType).toBe('application/octet-stream');
  });

  it('records the placing as one event addressed by set and file, with the path and note only in its details', async () => {
    const bytes = Buffer.from('A synthetic strategy discussion record.');
    const placed = await placeFile(fixture.store, fixture.target, 'Events/strategy discussion.txt', bytes.length, inPieces(bytes));
    const event = fixture.store.db
      .prepare(`SELECT e.actor_id AS actorId, e.record_type AS recordType, e.record_id AS recordId, d.body FROM audit_events e LEFT JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = 'secured.placed' ORDER BY e.seq DESC LIMIT 1`)
      .get() as { actorId: string; recordType: string; recordId: string; body: string };
    expect(event).toMatchObject({ actorId: fixture.representativeId, recordType: 'secured-file', recordId: `${fixture.setId}:${placed.fileId}` });
    expect(JSON.parse(event.body)).toMatchObject({ path: 'Events/strategy discussion.txt', note: fixture.target.note, sha256: sha256(bytes), size: bytes.length, mediaType: 'text/plain', actingForAgency: false });
    expect(recipientsOf(fixture.store.db, placed.fileId)).toEqual([AGENCY_RECOVERY_RECIPIENT, fixture.recipient].sort());
  });

  it('refuses a second file of the same path in the set, keeping the first', async () => {
    const first = Buffer.from('first');
    const placed = await placeFile(fixture.store, fixture.target, 'Twice/record.txt', first.length, inPieces(first));
    const files = rowCount('secured_files');
    const refusal = await placeFile(fixture.store, fixture.target, 'Twice/record.txt', 6, inPieces(Buffer.from('second'))).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('CONFLICT');
    expect((refusal as AppError).message).toContain('"Twice/record.txt" is already in the secured files');
    expect(rowCount('secured_files')).toBe(files);
    expect((await readBack(fixture, placed.fileId)).toString()).toBe('first');
  });

  it('refuses two intakes of one path racing each other: only one is stored, the other leaves nothing', async () => {
    const files = rowCount('secured_files');
    const chunks = rowCount('secured_file_chunks');
    const bytes = syntheticBytes(2 * SECURED_CHUNK_BYTES, 11);
    const outcomes = await Promise.allSettled([
      placeFile(fixture.store, fixture.target, 'Race/record.bin', bytes.length, inPieces(bytes)),
      placeFile(fixture.store, fixture.target, 'Race/record.bin', bytes.length, inPieces(bytes)),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected')!;
    expect((rejected.reason as AppError).code).toBe('CONFLICT');
    expect(rowCount('secured_files')).toBe(files + 1);
    expect(rowCount('secured_file_chunks')).toBe(chunks + 2);
  });

  it.each([
    ['more', 10],
    ['fewer', SECURED_CHUNK_BYTES + 10],
  ] as const)('refuses a source that sends %s bytes than declared, naming the file, and keeps nothing', async (_direction, declared) => {
    const files = rowCount('secured_files');
    const chunks = rowCount('secured_file_chunks');
    const refusal = await placeFile(fixture.store, fixture.target, 'Changed/record.bin', declared, inPieces(syntheticBytes(SECURED_CHUNK_BYTES, 9))).catch((error: unknown) => error);
    expect((refusal as AppError).code).toBe('INVALID_INPUT');
    expect((refusal as AppError).message).toContain('"Changed/record.bin"');
    expect(rowCount('secured_files')).toBe(files);
    expect(rowCount('secured_file_chunks')).toBe(chunks);
  });

  it('holds the page cache small while a file moves and gives it back once the last of two overlapping transfers ends', async () => {
    const db = fixture.store.db;
    const cacheNow = (): number => db.pragma('cache_size', { simple: true }) as number;
    expect(cacheNow()).toBe(-PAGE_CACHE_KIB);
    const seen: number[] = [];
    const bytes = syntheticBytes(3 * SECURED_CHUNK_BYTES, 13);
    const watch = { onProgress: () => seen.push(cacheNow(), smallCacheHolds(db)) };
    const [one, two] = await Promise.all([
      placeFile(fixture.store, fixture.target, 'Cache/one.bin', bytes.length, inPieces(bytes), watch),
      placeFile(fixture.store, fixture.target, 'Cache/two.bin', bytes.length, inPieces(bytes, [4096]), watch),
    ]);
    expect(seen).toContain(2);
    expect(seen.filter((value) => value < 0).every((value) => value === -TRANSFER_CACHE_KIB)).toBe(true);
    expect(cacheNow()).toBe(-PAGE_CACHE_KIB);
    expect(smallCacheHolds(db)).toBe(0);
    const key = await unsealFileKey(fixture.store, one.fileId, fixture.representative.privateKey, fixture.recipient);
    const duringRead: number[] = [];
    const back: Buffer[] = [];
    for await (const part of readSecuredFile(fixture.store, one.fileId, key, { onProgress: () => duringRead.push(cacheNow()) })) back.push(part);
    expect(sha256(Buffer.concat(back))).toBe(two.sha256);
    expect(duringRead).toEqual([-TRANSFER_CACHE_KIB, -TRANSFER_CACHE_KIB, -TRANSFER_CACHE_KIB]);
    expect(cacheNow()).toBe(-PAGE_CACHE_KIB);
  });

  it('removes what an interrupted intake left receiving, with its chunks, and nothing stored', async () => {
    const stored = rowCount('secured_files');
    const chunks = rowCount('secured_file_chunks');
    fixture.store.db.transaction(() => {
      const id = insertReceivingFile(fixture.store.db, {
        setId: fixture.setId,
        uid: 'left-by-a-crash',
        path: 'Crash/partial.bin',
        size: 3 * SECURED_CHUNK_BYTES,
        chunkBytes: SECURED_CHUNK_BYTES,
        note: '',
        placedBy: fixture.representativeId,
        placedAt: new Date().toISOString(),
        actingForAgency: false,
      });
      appendChunks(fixture.store.db, id, [
        { seq: 0, sealed: Buffer.alloc(64, 1) },
        { seq: 1, sealed: Buffer.alloc(64, 2) },
      ]);
    })();
    expect(rowCount('secured_files')).toBe(stored + 1);
    expect(removeUnfinishedIntakes(fixture.store.db)).toBe(1);
    expect(rowCount('secured_files')).toBe(stored);
    expect(rowCount('secured_file_chunks')).toBe(chunks);
    expect(removeUnfinishedIntakes(fixture.store.db)).toBe(0);
  });
});
