/**
 * The access rule holds in the cryptography, not only in the code: someone with the store's
 * master key and the store's recovery code reads the store through a raw SQLCipher connection
 * and finds only ciphertext in a secured file's chunks, and neither key opens a file's key.
 * Only the representative's private key, or the agency's recovery key, does.
 */
import fs from 'node:fs';
import { createDecipheriv } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { SECURED_CHUNK_BYTES } from '../../../shared/vault/secured-files.ts';
import { decodeRecoveryCode } from '../../../main/security/recovery-code.ts';
import type { Db } from '../../../main/store/open-database.ts';
import { AGENCY_RECOVERY_RECIPIENT, openFileKey, type KeyRecipient } from '../../../main/vault/file-key.ts';
import { placeFile } from '../../../main/vault/intake.ts';
import type { PlacedFile } from '../../../main/vault/transfer-desk.ts';
import { readSecuredFile, unsealFileKey } from '../../../main/vault/read-back.ts';
import { inPieces, makeVaultFixture, openRaw, sha256, type VaultFixture } from './core-fixture.ts';

const MARKER = 'SYNTHETIC-MARKER-Wilhelmina-Fairbrother-1987';

/** Several chunks of text with the marker on every line, so any plaintext chunk would show it. */
const RECORD = Buffer.from(`${MARKER}: synthetic case note, not about a real person.\n`.repeat(Math.ceil((2.5 * SECURED_CHUNK_BYTES) / 80)));

describe('a secured file at rest, to someone holding the store’s keys', () => {
  let fixture: VaultFixture;
  let raw: Db;
  let placed: PlacedFile;

  beforeAll(async () => {
    fixture = await makeVaultFixture();
    placed = await placeFile(fixture.store, fixture.target, 'Records/case note.txt', RECORD.length, inPieces(RECORD));
    raw = openRaw(fixture.store);
  });
  afterAll(() => {
    raw.close();
    fixture.cleanup();
  });

  const sealedKeyOf = (recipient: KeyRecipient): { enc: Buffer; ciphertext: Buffer } =>
    raw.prepare('SELECT enc, ciphertext FROM secured_file_keys WHERE file_id = ? AND recipient = ?').get(placed.fileId, recipient) as { enc: Buffer; ciphertext: Buffer };
  const uid = (): string => raw.prepare('SELECT uid FROM secured_files WHERE id = ?').pluck().get(placed.fileId) as string;

  it('reads only ciphertext in every chunk through a raw connection with the master key', () => {
    const chunks = raw.prepare('SELECT seq, sealed FROM secured_file_chunks WHERE file_id = ? ORDER BY seq').all(placed.fileId) as { seq: number; sealed: Buffer }[];
    expect(chunks.map((chunk) => chunk.seq)).toEqual([0, 1, 2]);
    // The same connection does read plaintext elsewhere, so a miss below is not a key that failed.
    expect(raw.prepare('SELECT count(*) FROM users').pluck().get()).toBeGreaterThan(0);
    for (const { sealed } of chunks) {
      expect(sealed.length).toBeGreaterThan(SECURED_CHUNK_BYTES / 2);
      expect(sealed.includes(MARKER)).toBe(false);
      expect(sealed.includes(Buffer.from(MARKER, 'utf16le'))).toBe(false);
      expect(sealed.includes(RECORD.subarray(100, 132))).toBe(false);
    }
  });

  it('leaves no plaintext of the file on disk: not in the database, nor its journal', () => {
    for (const file of [fixture.store.paths.database, `${fixture.store.paths.database}-wal`]) {
      if (fs.existsSync(file)) expect(fs.readFileSync(file).includes(MARKER), file).toBe(false);
    }
  });

  it('does not open a chunk with the master key as the file key', () => {
    const sealed = raw.prepare('SELECT sealed FROM secured_file_chunks WHERE file_id = ? AND seq = 0').pluck().get(placed.fileId) as Buffer;
    const decipher = createDecipheriv('aes-256-gcm', fixture.store.masterKey, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    expect(() => Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()])).toThrow();
  });

  it.each([
    ['the store’s master key', () => Buffer.from(fixture.store.masterKey)],
    ['the store’s recovery code', () => decodeRecoveryCode(fixture.temp.recoveryCode)],
  ])('does not open any sealed file key with %s', async (_label, key) => {
    const privateKey = key();
    expect(privateKey.length).toBe(32);
    for (const recipient of [fixture.recipient, AGENCY_RECOVERY_RECIPIENT] as const) {
      const error = await openFileKey(privateKey, sealedKeyOf(recipient), fixture.store.storeId, uid(), recipient).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('FILE_DAMAGED');
      await expect(unsealFileKey(fixture.store, placed.fileId, privateKey, recipient)).rejects.toThrow('does not open with this key');
    }
  });

  it.each<[string, () => Buffer, () => KeyRecipient]>([
    ['the representative’s private key', () => fixture.representative.privateKey, () => fixture.recipient],
    ['the agency’s recovery key', () => fixture.recovery.privateKey, () => AGENCY_RECOVERY_RECIPIENT],
  ])('opens the file with %s, and only in its own slot', async (_label, privateKey, recipient) => {
    const fileKey = await unsealFileKey(fixture.store, placed.fileId, privateKey(), recipient());
    const parts: Buffer[] = [];
    for await (const part of readSecuredFile(fixture.store, placed.fileId, fileKey)) parts.push(part);
    expect(sha256(Buffer.concat(parts))).toBe(sha256(RECORD));
    const otherSlot = recipient() === AGENCY_RECOVERY_RECIPIENT ? fixture.recipient : AGENCY_RECOVERY_RECIPIENT;
    await expect(unsealFileKey(fixture.store, placed.fileId, privateKey(), otherSlot)).rejects.toThrow('does not open with this key');
  });
});
