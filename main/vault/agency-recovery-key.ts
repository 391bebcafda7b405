/**
 * An agency's recovery key on this install: made when the agency's first secured set is set
 * up, its public half kept (every file key of the agency's sets is sealed to it as well as to
 * the representative), its private half handed out once as the agency's recovery code for the
 * agency's own safe. It is not the store's recovery code: nobody at the partnership holds it,
 * so nobody there can open an agency's files.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { generateKeyPair, open, seal } from '../security/hpke.ts';
import { decodeRecoveryCode, encodeRecoveryCode } from '../security/recovery-code.ts';
import type { Db } from '../store/open-database.ts';
import { findAgencyRecoveryKey } from '../store/repositories/agency-recovery-keys.ts';
import type { Organisation } from '../store/repositories/organisations.ts';

export interface NewAgencyRecoveryKey {
  readonly publicKey: Buffer;
  /** The private half, written for paper: shown once and never stored. */
  readonly code: string;
}

export async function makeAgencyRecoveryKey(): Promise<NewAgencyRecoveryKey> {
  const pair = await generateKeyPair();
  try {
    return { publicKey: pair.publicKey, code: encodeRecoveryCode(pair.privateKey) };
  } finally {
    pair.privateKey.fill(0);
  }
}

/** The public half every file key of the agency's sets is sealed to. */
export function agencyRecoveryPublicKey(db: Db, agency: Organisation): Buffer {
  const key = findAgencyRecoveryKey(db, agency.id);
  if (key === undefined) throw new AppError('CONFLICT', `${agency.name} has no recovery key on this install, so its files cannot be secured here. Set up its secured files again.`);
  return key.publicKey;
}

const PROOF_INFO = 'practice-review-manager/agency-recovery-proof/v1';

/**
 * The private half from the agency's code, once it is shown to open what is sealed to the
 * stored public half. A code that decodes but belongs to another agency, another install or
 * the store itself is refused here, before any file key is tried.
 */
export async function recoveryPrivateKey(db: Db, agency: Organisation, code: string): Promise<Buffer> {
  const privateKey = decodeRecoveryCode(code);
  const proof = randomBytes(32);
  try {
    const sealed = await seal(agencyRecoveryPublicKey(db, agency), proof, PROOF_INFO, agency.name);
    const opened = await open(privateKey, sealed, PROOF_INFO, agency.name).catch(() => null);
    if (opened === null || !opened.equals(proof)) throw wrongCode(agency);
    return privateKey;
  } catch (error) {
    privateKey.fill(0);
    throw error;
  }
}

function wrongCode(agency: Organisation): AppError {
  return new AppError(
    'WRONG_RECOVERY_CODE',
    `This is not ${agency.name}’s recovery code on this install. Use the code printed when ${agency.name}’s first secured files were set up here; the store’s own recovery code does not open an agency’s files.`,
  );
}
