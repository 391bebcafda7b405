/**
 * Each secured file's own key: 32 random bytes, sealed with HPKE (as the master key is) to each
 * recipient — the set's nominated representative and the agency's recovery key — and never
 * stored in the clear. The seal's info names the store and the file, its aad the recipient, so
 * a sealed key copied onto another file or into another person's slot does not open.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { open, seal, type Sealed } from '../security/hpke.ts';

export const AGENCY_RECOVERY_RECIPIENT = 'agency-recovery';
export type KeyRecipient = `user:${string}` | typeof AGENCY_RECOVERY_RECIPIENT;

export const userRecipient = (userId: string): KeyRecipient => `user:${userId}`;

export function newFileKey(): Buffer {
  return randomBytes(32);
}

function sealInfo(storeId: string, fileUid: string): string {
  return `practice-review-manager/secured-file-key/v1/${storeId}/${fileUid}`;
}

export function sealFileKey(fileKey: Buffer, recipientPublicKey: Buffer, storeId: string, fileUid: string, recipient: KeyRecipient): Promise<Sealed> {
  return seal(recipientPublicKey, fileKey, sealInfo(storeId, fileUid), recipient);
}

/** Throws FILE_DAMAGED naming nothing personal: the caller adds the file's path. */
export async function openFileKey(privateKey: Buffer, sealed: Sealed, storeId: string, fileUid: string, recipient: KeyRecipient): Promise<Buffer> {
  try {
    return await open(privateKey, sealed, sealInfo(storeId, fileUid), recipient);
  } catch {
    throw new AppError('FILE_DAMAGED', 'The file’s key does not open with this key: it was sealed to someone else, or it has been altered.');
  }
}
