/**
 * The store's master key: 32 random bytes that key SQLCipher directly (a raw key, never a
 * passphrase), sealed with HPKE to each active user and to the recovery key. The seal's info
 * names the store and key epoch, and its aad the recipient, so an entry cannot be replayed
 * into another store, another epoch or another person's slot.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import type { SealedEntry } from '../store/key-file.ts';
import { open, seal } from './hpke.ts';

export const RECOVERY_RECIPIENT = 'recovery';

export function generateMasterKey(): Buffer {
  return randomBytes(32);
}

function sealInfo(storeId: string, epoch: number): string {
  return `practice-review-manager/master-key/v1/${storeId}/${epoch}`;
}

export async function sealMasterKey(masterKey: Buffer, publicKey: Buffer, storeId: string, epoch: number, recipient: string): Promise<SealedEntry> {
  const sealed = await seal(publicKey, masterKey, sealInfo(storeId, epoch), recipient);
  return { enc: sealed.enc.toString('base64'), ciphertext: sealed.ciphertext.toString('base64') };
}

export async function openMasterKey(privateKey: Buffer, entry: SealedEntry, storeId: string, epoch: number, recipient: string): Promise<Buffer> {
  try {
    return await open(privateKey, { enc: Buffer.from(entry.enc, 'base64'), ciphertext: Buffer.from(entry.ciphertext, 'base64') }, sealInfo(storeId, epoch), recipient);
  } catch {
    throw new AppError('KEY_FILE_INVALID', 'The key file entry for this person does not open with their key: the key file has been altered or damaged. Restore it from a backup.');
  }
}

export function userKeyContext(storeId: string, userId: string): string {
  return `practice-review-manager/user-key/v1/${storeId}/${userId}`;
}
