/**
 * Damage and interference, made through a raw connection with the store's master key (as
 * someone holding that key could): a flipped byte, chunks swapped, moved between files, cut
 * off or added, a key moved to another file. Each is caught, by the integrity check naming the
 * file, or by reading it. And a cancelled or failed intake leaves no row behind.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { SECURED_CHUNK_BYTES } from '../../../shared/vault/secured-files.ts';
import type { Db } from '../../../main/store/open-database.ts';
import { checkFiles } from '../../../main/vault/integrity.ts';
import { placeFile } from '../../../main/vault/intake.ts';
import { readSecuredFile, unsealFileKey } from '../../../main/vault/read-back.ts';
import { isTransferAborted } from '../../../main/vault/transfer-aborted.ts';
import { inPieces, makeVaultFixture, openRaw, readBack, syntheticBytes, type VaultFixture } from './core-fixture.ts';

const FILE_BYTES = 3 * SECURED_CHUNK_BYTES + 5_000;

describe('a secured file altered in the store', () => {
  let fixture: VaultFixture;
  let raw: Db;
  let ids: { victim: number; bystander: number };
  let round = 0;

  beforeAll(async () => {
    fixture = await makeVaultFixture();
    raw = openRaw(fixture.store);
  });
  afterAll(() => {
    raw.close();
    fixture.cleanup();
  });
  beforeEach(async () => {
    round += 1;
    const victim = await placeFile(fixture.store, fixture.target, `Round ${round}/victim.bin`, FILE_BYTES, inPieces(syntheticBytes(FILE_BYTES, round)));
    const bystander = await placeFile(fixture.store, fixture.target, `Round ${round}/bystander.bin`, FILE_BYTES, inPieces(syntheticBytes(FILE_BYTES, round + 100)));
    ids = { victim: victim.fileId, bystander: bystander.fileId };
  });

  const keyFor = (fileId: number): Promise<Buffer> => unsealFileKey(fixture.store, fileId, fixture.representative.privateKey, fixture.recipient);
  const check = () => checkFiles(fixture.store, [ids.bystander, ids.victim], keyFor);
  const chunk = (fileId: number, seq: number): Buffer => raw.prepare('SELECT sealed FROM secured_file_chunks WHERE file_id = ? AND seq = ?').pluck().get(fileId, seq) as Buffer;
  const putChunk = (fileId: number, seq: number, sealed: Buffer): void => {
    raw.prepare('UPDATE secured_file_chunks SET sealed = ? WHERE file_id = ? AND seq = ?').run(sealed, fileId, seq);
  };
  const damagedReading = async (fileId: number): Promise<AppError> => {
    const error = await readBack(fixture, fileId).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  it('finds nothing wrong with files left alone', async () => {
    expect(await check()).toEqual({ files: 2, damaged: [] });
  });

  it('names the file whose stored chunk had one byte flipped', async () => {
    const sealed = Buffer.from(chunk(ids.victim, 1));
    sealed[sealed.length >> 1]! ^= 0x01;
    putChunk(ids.victim, 1, sealed);
    expect(await check()).toEqual({ files: 2, damaged: [{ id: ids.victim, path: `Round ${round}/victim.bin` }] });
    const error = await damagedReading(ids.victim);
    expect(error.code).toBe('FILE_DAMAGED');
    expect(error.message).toContain(`"Round ${round}/victim.bin" is damaged: part 2 of 4 fails its seal`);
  });

  it('catches two chunks swapped within a file', async () => {
    const [first, second] = [chunk(ids.victim, 0), chunk(ids.victim, 1)];
    putChunk(ids.victim, 0, second);
    putChunk(ids.victim, 1, first);
    expect((await check()).damaged.map((file) => file.id)).toEqual([ids.victim]);
  });

  it('catches a chunk copied in from another file', async () => {
    putChunk(ids.victim, 2, chunk(ids.bystander, 2));
    expect((await check()).damaged.map((file) => file.id)).toEqual([ids.victim]);
  });

  it('catches the last chunk cut off, even with the row changed to match', async () => {
    raw.prepare('DELETE FROM secured_file_chunks WHERE file_id = ? AND seq = 3').run(ids.victim);
    expect((await check()).damaged.map((file) => file.id)).toEqual([ids.victim]);
    raw.prepare('UPDATE secured_files SET chunks = 3, size = ? WHERE id = ?').run(3 * SECURED_CHUNK_BYTES, ids.victim);
    expect((await check()).damaged.map((file) => file.id)).toEqual([ids.victim]);
    expect((await damagedReading(ids.victim)).message).toContain('part 3 of 3 fails its seal');
  });

  it('catches a chunk added after the last', async () => {
    raw.prepare('INSERT INTO secured_file_chunks (file_id, seq, sealed) VALUES (?, 4, ?)').run(ids.victim, chunk(ids.victim, 3));
    expect((await check()).damaged.map((file) => file.id)).toEqual([ids.victim]);
  });

  it('catches the hash taken at intake being changed', async () => {
    raw.prepare('UPDATE secured_files SET sha256 = ? WHERE id = ?').run('0'.repeat(64), ids.victim);
    expect((await check()).damaged.map((file) => file.id)).toEqual([ids.victim]);
    expect((await damagedReading(ids.victim)).message).toContain('no longer match the hash taken when it was added');
  });

  it('refuses a sealed key moved onto another file, and counts the file as damaged', async () => {
    const key = raw.prepare('SELECT enc, ciphertext FROM secured_file_keys WHERE file_id = ? AND recipient = ?').get(ids.bystander, fixture.recipient) as { enc: Buffer; ciphertext: Buffer };
    raw.prepare('UPDATE secured_file_keys SET enc = ?, ciphertext = ? WHERE file_id = ? AND recipient = ?').run(key.enc, key.ciphertext, ids.victim, fixture.recipient);
    const error = await keyFor(ids.victim).catch((caught: unknown) => caught);
    expect((error as AppError).code).toBe('FILE_DAMAGED');
    expect((error as AppError).message).toContain(`"Round ${round}/victim.bin"`);
    expect((await check()).damaged.map((file) => file.id)).toEqual([ids.victim]);
  });

  it('counts a file whose key was removed as damaged', async () => {
    raw.prepare('DELETE FROM secured_file_keys WHERE file_id = ? AND recipient = ?').run(ids.victim, fixture.recipient);
    expect((await check()).damaged).toEqual([{ id: ids.victim, path: `Round ${round}/victim.bin` }]);
  });
});

describe('an intake that does not finish', () => {
  let fixture: VaultFixture;

  beforeAll(async () => {
    fixture = await makeVaultFixture();
  });
  afterAll(() => fixture.cleanup());
  afterEach(() => {
    // Every case below must leave the store as it found it: no file, no chunk, no key.
    for (const table of ['secured_files', 'secured_file_chunks', 'secured_file_keys']) {
      expect((fixture.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
  });

  it('stops on a cancel part-way, throws an AbortError rather than an AppError, and leaves no rows', async () => {
    const controller = new AbortController();
    const bytes = syntheticBytes(6 * SECURED_CHUNK_BYTES, 21);
    let chunksSeen = 0;
    const error = await placeFile(fixture.store, fixture.target, 'Cancelled/record.bin', bytes.length, inPieces(bytes), {
      signal: controller.signal,
      onProgress: (done) => {
        chunksSeen += 1;
        if (done >= 2 * SECURED_CHUNK_BYTES) controller.abort();
      },
    }).catch((caught: unknown) => caught);
    expect(chunksSeen).toBeGreaterThanOrEqual(2);
    expect(isTransferAborted(error)).toBe(true);
    expect(error).not.toBeInstanceOf(AppError);
  });

  it('leaves no rows when the source itself fails part-way', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield syntheticBytes(5 * SECURED_CHUNK_BYTES, 22);
      throw new Error('The connection was reset');
    }
    await expect(placeFile(fixture.store, fixture.target, 'Failed/record.bin', 10 * SECURED_CHUNK_BYTES, failing())).rejects.toThrow('The connection was reset');
  });

  it('stops a read-back on a cancel with an AbortError', async () => {
    const bytes = syntheticBytes(3 * SECURED_CHUNK_BYTES, 23);
    const placed = await placeFile(fixture.store, fixture.target, 'Read/record.bin', bytes.length, inPieces(bytes));
    const key = await unsealFileKey(fixture.store, placed.fileId, fixture.representative.privateKey, fixture.recipient);
    const controller = new AbortController();
    let parts = 0;
    const error = await (async () => {
      for await (const _part of readSecuredFile(fixture.store, placed.fileId, key, { signal: controller.signal })) {
        parts += 1;
        controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect(parts).toBe(1);
    expect(isTransferAborted(error)).toBe(true);
    // Tidy for the afterEach: this file was stored on purpose.
    fixture.store.db.transaction(() => {
      for (const table of ['secured_file_chunks', 'secured_file_keys']) fixture.store.db.prepare(`DELETE FROM ${table} WHERE file_id = ?`).run(placed.fileId);
      fixture.store.db.prepare('DELETE FROM secured_files WHERE id = ?').run(placed.fileId);
    })();
  });
});
