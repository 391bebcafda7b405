/**
 * What the vault core's tests stand on: a real store with a case and one agency's secured set,
 * a representative's and an agency recovery key pair made here (the core needs only the key
 * pairs, not the people), a raw SQLCipher connection beside the store's own, and sources that
 * deliver bytes in awkward piece sizes.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { generateKeyPair, type KeyPair } from '../../../main/security/hpke.ts';
import { keyPragma, type Db } from '../../../main/store/open-database.ts';
import type { OpenStore } from '../../../main/store/open-store.ts';
import { AGENCY_RECOVERY_RECIPIENT, userRecipient, type KeyRecipient } from '../../../main/vault/file-key.ts';
import type { IntakeTarget } from '../../../main/vault/intake.ts';
import { readSecuredFile, unsealFileKey } from '../../../main/vault/read-back.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

export const AGENCY = 'Housing';

export interface VaultFixture {
  readonly temp: TempStore;
  readonly store: OpenStore;
  readonly setId: number;
  readonly representativeId: string;
  readonly representative: KeyPair;
  readonly recovery: KeyPair;
  readonly target: IntakeTarget;
  /** The representative's recipient label. */
  readonly recipient: KeyRecipient;
  cleanup(): void;
}

/** A store whose administrator stands in as the set's representative; the set is made directly. */
export async function makeVaultFixture(): Promise<VaultFixture> {
  const temp = await makeTempStore();
  const session = temp.session;
  const store = session.store;
  const caseId = createCase(session, demoReferral({ incidentDate: '2026-09-01', referralDate: '2026-09-02', agencies: [AGENCY] })).summary.id;
  const organisationId = (store.db.prepare('SELECT id FROM organisations WHERE name = ?').get(AGENCY) as { id: number }).id;
  const representativeId = session.userId;
  const setId = store.change((db, audit) => {
    const id = Number(
      db
        .prepare(`INSERT INTO secured_sets (case_id, organisation_id, representative_id, created_at, created_by, state) VALUES (?, ?, ?, ?, ?, 'active')`)
        .run(caseId, organisationId, representativeId, new Date().toISOString(), representativeId).lastInsertRowid,
    );
    audit({ actorId: representativeId, action: 'secured.set-up', recordType: 'secured-set', recordId: id });
    return id;
  });
  const representative = await generateKeyPair();
  const recovery = await generateKeyPair();
  const recipient = userRecipient(representativeId);
  const target: IntakeTarget = {
    setId,
    recipients: [
      { recipient, publicKey: representative.publicKey },
      { recipient: AGENCY_RECOVERY_RECIPIENT, publicKey: recovery.publicKey },
    ],
    placedBy: representativeId,
    actingForAgency: false,
    note: 'Synthetic records for a test',
  };
  return { temp, store, setId, representativeId, representative, recovery, target, recipient, cleanup: () => temp.cleanup() };
}

/** A second connection to the store's file, keyed and set up as open-database.ts does, as an auditor or an attacker with the master key would. */
export function openRaw(store: OpenStore): Db {
  const db = new Database(store.paths.database, { fileMustExist: true });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(keyPragma(store.masterKey));
  db.pragma('temp_store=MEMORY');
  db.pragma('foreign_keys=ON');
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  return db;
}

/** Deterministic bytes (a simple xorshift), so a failure can be reproduced. */
export function syntheticBytes(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed >>> 0 || 1;
  for (let index = 0; index < size; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

/** Hands the bytes over in pieces of the given sizes in turn, as a socket or a file stream might. */
export async function* inPieces(bytes: Buffer, sizes: readonly number[] = [65_536, 7_777, 1, 300_000]): AsyncGenerator<Uint8Array> {
  let offset = 0;
  let turn = 0;
  while (offset < bytes.length) {
    const size = sizes[turn % sizes.length]!;
    yield new Uint8Array(bytes.subarray(offset, offset + size));
    offset += size;
    turn += 1;
    // Let other work run between pieces, as a real transport does.
    await Promise.resolve();
  }
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Reads the file back whole with the representative's key. */
export async function readBack(fixture: VaultFixture, fileId: number): Promise<Buffer> {
  const key = await unsealFileKey(fixture.store, fileId, fixture.representative.privateKey, fixture.recipient);
  const parts: Buffer[] = [];
  for await (const part of readSecuredFile(fixture.store, fileId, key)) parts.push(part);
  return Buffer.concat(parts);
}
