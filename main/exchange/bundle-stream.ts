/**
 * The STREAM construction of the age format, as each item of a bundle uses it: the item's bytes
 * cut in 64 KiB chunks, each sealed with AES-256-GCM under the item's own key, with the nonce
 * made of the chunk's number and a flag for the last chunk. Because the number and the flag are
 * in the nonce, a chunk moved, dropped, repeated, or the stream cut off at a chunk boundary
 * fails to open; because every item has its own key, a chunk cannot move between items either.
 * A key seals one item only, so counting nonces from zero never repeats one.
 */
import { createCipheriv } from 'node:crypto';
import { openSealed, TAG_BYTES } from './sealed-bytes.ts';

export const CHUNK_BYTES = 64 * 1024;
export { TAG_BYTES };
const NONCE_BYTES = 12;

/** How many chunks an item of `size` bytes has: an empty item is one empty chunk. */
export function chunkCount(size: number): number {
  return Math.max(1, Math.ceil(size / CHUNK_BYTES));
}

/** How many bytes the item takes in the bundle once sealed. */
export function sealedItemLength(size: number): number {
  return size + chunkCount(size) * TAG_BYTES;
}

/** The plaintext length of chunk `n` of an item of `size` bytes. */
export function chunkPlaintextLength(size: number, n: number): number {
  return n === chunkCount(size) - 1 ? size - n * CHUNK_BYTES : CHUNK_BYTES;
}

/** 11 bytes of the chunk's number, big-endian, then 1 if it is the last chunk, else 0. */
export function chunkNonce(n: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(NONCE_BYTES);
  // n is below 2^53: its high 32 bits go in bytes 3–6, its low 32 in bytes 7–10; bytes 0–2 stay zero.
  nonce.writeUIntBE(Math.floor(n / 2 ** 32), 3, 4);
  nonce.writeUInt32BE(n % 2 ** 32, 7);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** The chunk's ciphertext and its tag, kept apart so a writer need not copy them together. */
export function sealChunkParts(key: Buffer, n: number, last: boolean, plaintext: Buffer): [ciphertext: Buffer, tag: Buffer] {
  const cipher = createCipheriv('aes-256-gcm', key, chunkNonce(n, last));
  const body = cipher.update(plaintext);
  cipher.final();
  return [body, cipher.getAuthTag()];
}

/** ciphertext || tag, as the chunk is in the file. */
export function sealChunk(key: Buffer, n: number, last: boolean, plaintext: Buffer): Buffer {
  return Buffer.concat(sealChunkParts(key, n, last, plaintext), plaintext.length + TAG_BYTES);
}

/** The chunk's plaintext, or null when it fails its seal (altered, moved, cut short, another key). */
export function openChunk(key: Buffer, n: number, last: boolean, sealed: Buffer): Buffer | null {
  return openSealed(key, chunkNonce(n, last), sealed);
}

/**
 * Seals one item from pieces of any size. A full chunk is held back until the next byte arrives,
 * because only then is it known not to be the last one; the declared size is not trusted to
 * decide that, since the whole point is to catch a source that does not match it. Each chunk's
 * ciphertext and tag go to `emit` in turn, to be written one after the other.
 */
export class ItemSealer {
  private readonly pending = Buffer.allocUnsafe(CHUNK_BYTES);
  private filled = 0;
  private next = 0;

  constructor(
    private readonly key: Buffer,
    private readonly emit: (ciphertext: Buffer, tag: Buffer) => void,
  ) {}

  /** The piece is copied or sealed before this returns: its buffer may be reused for the next one. */
  push(piece: Buffer): void {
    let offset = 0;
    while (offset < piece.length) {
      if (this.filled === CHUNK_BYTES) this.flush(false);
      if (this.filled === 0 && piece.length - offset > CHUNK_BYTES) {
        // More of this piece follows, so this chunk is not the last: seal it where it lies.
        this.seal(piece.subarray(offset, offset + CHUNK_BYTES), false);
        offset += CHUNK_BYTES;
        continue;
      }
      const take = Math.min(CHUNK_BYTES - this.filled, piece.length - offset);
      piece.copy(this.pending, this.filled, offset, offset + take);
      this.filled += take;
      offset += take;
    }
  }

  /** Seals what is left as the last chunk (an empty one for an empty item). */
  end(): void {
    this.flush(true);
  }

  private flush(last: boolean): void {
    this.seal(this.pending.subarray(0, this.filled), last);
    this.filled = 0;
  }

  private seal(plaintext: Buffer, last: boolean): void {
    this.emit(...sealChunkParts(this.key, this.next, last, plaintext));
    this.next += 1;
  }
}
