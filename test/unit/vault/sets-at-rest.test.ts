import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecoveryCode } from '../../../main/security/recovery-code.ts';
import { openFileKey, type KeyRecipient } from '../../../main/vault/file-key.ts';
import type { IntegrityResult, VaultView } from '../../../shared/vault/secured-files.ts';
import { addFiles, call, copyOf, events, fileBytes, makeSetsFixture, PEOPLE, POLICE, rawConnection, refused, setOf, signIn, type SetsFixture } from './sets-fixture.ts';

const MARKER = Buffer.from('INVENTED-RECORD');

interface KeyRow {
  fileId: number;
  uid: string;
  recipient: KeyRecipient;
  enc: Buffer;
  ciphertext: Buffer;
}

describe('secured files at rest', () => {
  let fixture: SetsFixture;
  let reference: string;
  let agencyCode: string;
  let masterKey: Buffer;
  let storeId: string;
  let representativeKey: Buffer;
  let representativeId: string;
  let fileIds: number[];
  const files = [
    { path: 'Chronology/entries.csv', bytes: fileBytes('chronology', 1_700_000) },
    { path: 'Chronology/letters.bin', bytes: fileBytes('letters', 300_000) },
  ];

  beforeAll(async () => {
    fixture = await makeSetsFixture();
    reference = fixture.reference;
    await signIn(fixture, PEOPLE.businessUnit);
    agencyCode = (await call<{ recoveryCode: string | null }>(fixture, 'vault.setUp', { reference, agency: POLICE, representative: PEOPLE.policeRep })).recoveryCode!;
    representativeId = await signIn(fixture, PEOPLE.policeRep);
    fileIds = await addFiles(fixture, reference, POLICE, files);
    const session = fixture.desktop.requireSession();
    masterKey = Buffer.from(session.store.masterKey);
    storeId = session.store.storeId;
    representativeKey = Buffer.from(session.privateKey);
  });
  afterAll(() => fixture.cleanup());

  function keyRows(): KeyRow[] {
    const raw = rawConnection(fixture, masterKey);
    try {
      return raw.prepare('SELECT k.file_id AS fileId, f.uid, k.recipient, k.enc, k.ciphertext FROM secured_file_keys k JOIN secured_files f ON f.id = k.file_id ORDER BY k.file_id, k.recipient').all() as KeyRow[];
    } finally {
      raw.close();
    }
  }

  it('shows a raw connection with the store’s master key only ciphertext, and no file key opens with the master key or the store’s recovery code', async () => {
    const raw = rawConnection(fixture, masterKey);
    try {
      const chunks = raw.prepare('SELECT sealed FROM secured_file_chunks').pluck().all() as Buffer[];
      expect(chunks.length).toBeGreaterThanOrEqual(3);
      for (const chunk of chunks) expect(chunk.includes(MARKER)).toBe(false);
    } finally {
      raw.close();
    }
    const rows = keyRows();
    // Each file key is sealed to exactly two: the representative and the agency's recovery key.
    expect(rows.map((row) => `${row.fileId} ${row.recipient}`)).toEqual(fileIds.flatMap((id) => [`${id} agency-recovery`, `${id} user:${representativeId}`]));
    const storeRecoveryKey = decodeRecoveryCode(fixture.temp.recoveryCode);
    for (const row of rows) {
      const sealed = { enc: row.enc, ciphertext: row.ciphertext };
      await expect(openFileKey(storeRecoveryKey, sealed, storeId, row.uid, row.recipient), `store recovery code on ${row.recipient}`).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
      await expect(openFileKey(masterKey, sealed, storeId, row.uid, row.recipient), `master key on ${row.recipient}`).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
    }
  });

  it('opens each file key only with the representative’s private key or the agency’s recovery code, and both give the same key', async () => {
    const agencyKey = decodeRecoveryCode(agencyCode);
    const opened = new Map<number, Buffer[]>();
    for (const row of keyRows()) {
      const sealed = { enc: row.enc, ciphertext: row.ciphertext };
      const key = row.recipient === 'agency-recovery' ? agencyKey : representativeKey;
      const wrong = row.recipient === 'agency-recovery' ? representativeKey : agencyKey;
      await expect(openFileKey(wrong, sealed, storeId, row.uid, row.recipient)).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
      const fileKey = await openFileKey(key, sealed, storeId, row.uid, row.recipient);
      expect(fileKey).toHaveLength(32);
      opened.set(row.fileId, [...(opened.get(row.fileId) ?? []), fileKey]);
    }
    for (const [fileId, keys] of opened) expect(keys[0]!.equals(keys[1]!), `file ${fileId}`).toBe(true);
  });

  it('refuses the store’s recovery code, or a mistyped one, in place of the agency’s, and logs the attempt', async () => {
    const userId = await signIn(fixture, PEOPLE.businessUnit);
    const storeCode = await refused(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeDeputy, recoveryCode: fixture.temp.recoveryCode });
    expect(storeCode.code).toBe('WRONG_RECOVERY_CODE');
    expect(storeCode.message).toContain(`This is not ${POLICE}’s recovery code`);
    const mistyped = agencyCode.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'));
    expect(await refused(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeDeputy, recoveryCode: mistyped })).toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    const refusals = events(fixture, 'secured.refused').filter((event) => event.actorId === userId);
    expect(refusals.map((event) => event.details?.reason)).toEqual(['wrong-recovery-code', 'wrong-recovery-code']);
    expect(events(fixture, 'secured.recovered')).toHaveLength(0);
  });

  it('names the file whose stored chunk had a byte flipped through a raw connection, and shows the check on the set', async () => {
    await signIn(fixture, PEOPLE.policeRep);
    const clean = await call<IntegrityResult>(fixture, 'vault.checkIntegrity', { reference, agency: POLICE });
    expect(clean).toMatchObject({ files: 2, damaged: [], checkedBy: PEOPLE.policeRep });

    const raw = rawConnection(fixture, masterKey, false);
    try {
      const sealed = raw.prepare('SELECT sealed FROM secured_file_chunks WHERE file_id = ? AND seq = 1').pluck().get(fileIds[0]) as Buffer;
      sealed[sealed.length >> 1]! ^= 0x01;
      raw.prepare('UPDATE secured_file_chunks SET sealed = ? WHERE file_id = ? AND seq = 1').run(sealed, fileIds[0]);
    } finally {
      raw.close();
    }

    const found = await call<IntegrityResult>(fixture, 'vault.checkIntegrity', { reference, agency: POLICE });
    expect(found).toMatchObject({ files: 2, damaged: [{ id: fileIds[0], path: 'Chronology/entries.csv' }] });
    const set = setOf(await call<VaultView>(fixture, 'vault.get', { reference }), POLICE);
    expect(set.lastIntegrityCheck).toEqual(found);
    const logged = events(fixture, 'secured.integrity-checked');
    expect(logged.map((event) => event.details?.damaged)).toEqual([[], [fileIds[0]]]);
    await expect(copyOf(fixture, reference, POLICE, fileIds[0]!)).rejects.toMatchObject({ code: 'FILE_DAMAGED', message: expect.stringContaining('Chronology/entries.csv') });
    // The other file is untouched and still opens.
    expect((await copyOf(fixture, reference, POLICE, fileIds[1]!)).bytes.equals(files[1]!.bytes)).toBe(true);
  });
});
