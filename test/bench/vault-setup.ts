/**
 * What the secured-files benchmark's parent makes before any side runs: the seeded source file,
 * and for each app side a real store with one case and one agency's secured set, whose
 * synthetic key pairs are left beside it for the child (vault-workload.ts).
 */
import { createCipheriv, createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createCase } from '../../main/reviews/cases.ts';
import { demoReferral } from '../../main/reviews/demo-cases.ts';
import { generateKeyPair } from '../../main/security/hpke.ts';
import { initialiseStore } from '../../main/security/initialise-store.ts';
import { BENCH_PASSPHRASE, BENCH_REPRESENTATIVE, SETUP_FILE, type VaultSetup } from './vault-workload.ts';

const AGENCY = 'Housing';
const MIB = 1024 * 1024;

/** The file's size in MiB: 1,024 (1 GiB) unless PRM_BENCH_VAULT_MB asks for a quicker run. */
export function vaultBenchMebibytes(): number {
  const asked = process.env.PRM_BENCH_VAULT_MB;
  if (asked === undefined || asked === '') return 1024;
  const value = Number(asked);
  if (!Number.isInteger(value) || value < 1) throw new Error(`PRM_BENCH_VAULT_MB must be a whole number of MiB, not "${asked}".`);
  return value;
}

/** Writes seeded pseudo-random bytes (the AES-256-CTR keystream of a fixed key), a mebibyte at a time; returns their SHA-256. */
export async function writeSeededFile(file: string, bytes: number): Promise<string> {
  const keystream = createCipheriv('aes-256-ctr', createHash('sha256').update('vault bench seed 1').digest(), Buffer.alloc(16));
  const zeros = Buffer.alloc(MIB);
  const hash = createHash('sha256');
  await pipeline(async function* () {
    for (let done = 0; done < bytes; done += MIB) {
      const piece = keystream.update(zeros.subarray(0, Math.min(MIB, bytes - done)));
      hash.update(piece);
      yield piece;
    }
  }, fs.createWriteStream(file));
  return hash.digest('hex');
}

/** A real store in <folder>/store, its administrator the set's representative; the keys go in a file beside it. */
export async function prepareVaultStore(folder: string): Promise<void> {
  const storeFolder = path.join(folder, 'store');
  const { session } = await initialiseStore(storeFolder, BENCH_REPRESENTATIVE, BENCH_PASSPHRASE);
  try {
    const store = session.store;
    const caseId = createCase(session, demoReferral({ incidentDate: '2026-09-01', referralDate: '2026-09-02', agencies: [AGENCY] })).summary.id;
    const organisationId = (store.db.prepare('SELECT id FROM organisations WHERE name = ?').get(AGENCY) as { id: number }).id;
    const setId = store.change((db, audit) => {
      const id = Number(
        db
          .prepare(`INSERT INTO secured_sets (case_id, organisation_id, representative_id, created_at, created_by, state) VALUES (?, ?, ?, ?, ?, 'active')`)
          .run(caseId, organisationId, session.userId, new Date().toISOString(), session.userId).lastInsertRowid,
      );
      audit({ actorId: session.userId, action: 'secured.set-up', recordType: 'secured-set', recordId: id });
      return id;
    });
    const representative = await generateKeyPair();
    const recovery = await generateKeyPair();
    const setup: VaultSetup = {
      storeFolder,
      setId,
      representativeId: session.userId,
      representativePublicKey: representative.publicKey.toString('hex'),
      representativePrivateKey: representative.privateKey.toString('hex'),
      recoveryPublicKey: recovery.publicKey.toString('hex'),
    };
    fs.writeFileSync(path.join(folder, SETUP_FILE), JSON.stringify(setup), { mode: 0o600 });
  } finally {
    session.lock();
  }
}
