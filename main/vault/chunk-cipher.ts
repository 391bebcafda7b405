/**
 * One chunk of a secured file, sealed with AES-256-GCM under the file's key before it enters
 * the store. The additional data binds each chunk to its file, its place and whether it is the
 * last (as the age format's STREAM does), so chunks cannot be swapped, reordered, moved to
 * another file, or cut off the end without the read failing. Each chunk has a fresh random
 * nonce stored before it: a file key seals at most a few tens of thousands of chunks, far
 * below the 2^32 that random 96-bit nonces allow.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const CHUNK_OVERHEAD_BYTES = NONCE_BYTES + TAG_BYTES;

function additionalData(fileUid: string, seq: number, last: boolean): Buffer {
  return Buffer.from(`practice-review-manager/secured-chunk/v1/${fileUid}/${seq}/${last ? 'last' : 'more'}`);
}

export function sealChunk(fileKey: Buffer, fileUid: string, seq: number, last: boolean, plaintext: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', fileKey, nonce);
  cipher.setAAD(additionalData(fileUid, seq, last));
  const body = cipher.update(plaintext);
  const rest = cipher.final();
  return Buffer.concat([nonce, body, rest, cipher.getAuthTag()], NONCE_BYTES + plaintext.length + TAG_BYTES);
}

/** Throws FILE_DAMAGED when the chunk was altered, moved, or sealed under another key. */
export function openChunk(fileKey: Buffer, fileUid: string, seq: number, last: boolean, sealed: Buffer): Buffer {
  if (sealed.length < CHUNK_OVERHEAD_BYTES) throw damaged(seq);
  const decipher = createDecipheriv('aes-256-gcm', fileKey, sealed.subarray(0, NONCE_BYTES));
  decipher.setAAD(additionalData(fileUid, seq, last));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    const body = decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES));
    const rest = decipher.final();
    return rest.length === 0 ? body : Buffer.concat([body, rest]);
  } catch {
    throw damaged(seq);
  }
}

function damaged(seq: number): AppError {
  return new AppError('FILE_DAMAGED', `Part ${seq + 1} of the file fails its seal: it has been altered or damaged.`);
}
