/**
 * Opening bytes sealed with AES-256-GCM as a bundle lays them out (ciphertext, then the 16-byte
 * tag): the one way the manifest and every item chunk are opened, so both fail the same way.
 */
import { createDecipheriv } from 'node:crypto';

export const TAG_BYTES = 16;

/** The plaintext, or null when the bytes fail their seal (altered, moved, cut short, another key or nonce). */
export function openSealed(key: Buffer, nonce: Buffer, sealed: Buffer, aad?: Buffer): Buffer | null {
  if (sealed.length < TAG_BYTES) return null;
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  if (aad !== undefined) decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const body = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    decipher.final();
  } catch {
    return null;
  }
  return body;
}
