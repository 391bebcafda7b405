/**
 * The STREAM construction on its own: where chunks break, what the nonce holds, and that a
 * stream cut at a chunk boundary, reordered, or moved to another item fails to open.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { itemKey, newFileKey } from '../../../main/exchange/bundle-keys.ts';
import { CHUNK_BYTES, ItemSealer, TAG_BYTES, chunkCount, chunkNonce, chunkPlaintextLength, openChunk, sealedItemLength } from '../../../main/exchange/bundle-stream.ts';
import { patterned } from './bundle-fixture.ts';

const BUNDLE_ID = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

/** Seals `bytes` handed over `pieceSize` at a time; returns the sealed chunks in order. */
function sealed(key: Buffer, bytes: Buffer, pieceSize: number): Buffer[] {
  const chunks: Buffer[] = [];
  const sealer = new ItemSealer(key, (ciphertext, tag) => chunks.push(Buffer.concat([ciphertext, tag])));
  for (let at = 0; at < bytes.length; at += pieceSize) sealer.push(bytes.subarray(at, at + pieceSize));
  sealer.end();
  return chunks;
}

/** Opens chunks as a reader does: numbered from 0, the last one flagged last; null if any fails. */
function opened(key: Buffer, chunks: readonly Buffer[]): Buffer | null {
  const plain: Buffer[] = [];
  for (const [n, chunk] of chunks.entries()) {
    const bytes = openChunk(key, n, n === chunks.length - 1, chunk);
    if (bytes === null) return null;
    plain.push(bytes);
  }
  return Buffer.concat(plain);
}

describe('the STREAM chunks of an item', () => {
  it('cuts an item in 64 KiB chunks, an empty item being one empty chunk', () => {
    expect([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES].map(chunkCount)).toEqual([1, 1, 1, 1, 2, 3]);
    expect(sealedItemLength(0)).toBe(TAG_BYTES);
    expect(sealedItemLength(CHUNK_BYTES + 1)).toBe(CHUNK_BYTES + 1 + 2 * TAG_BYTES);
    expect(chunkPlaintextLength(CHUNK_BYTES + 1, 0)).toBe(CHUNK_BYTES);
    expect(chunkPlaintextLength(CHUNK_BYTES + 1, 1)).toBe(1);
    expect(chunkPlaintextLength(0, 0)).toBe(0);
  });

  it('puts the chunk number big-endian in 11 bytes and the last-chunk flag in the twelfth', () => {
    expect(chunkNonce(0, false).toString('hex')).toBe('000000000000000000000000');
    expect(chunkNonce(1, true).toString('hex')).toBe('000000000000000000000101');
    expect(chunkNonce(0x0102_0304_0506, false).toString('hex')).toBe('000000000001020304050600');
    expect(chunkNonce(Number.MAX_SAFE_INTEGER, true).toString('hex')).toBe('000000001fffffffffffff01');
  });

  it('makes the same chunks whatever size of pieces the bytes come in', () => {
    const key = itemKey(newFileKey(), BUNDLE_ID, 1);
    const bytes = patterned(2 * CHUNK_BYTES + 77, 4);
    const inOne = sealed(key, bytes, bytes.length);
    expect(inOne.map((chunk) => chunk.length)).toEqual([CHUNK_BYTES + TAG_BYTES, CHUNK_BYTES + TAG_BYTES, 77 + TAG_BYTES]);
    for (const pieceSize of [1_000, CHUNK_BYTES, CHUNK_BYTES + 3]) {
      const chunks = sealed(key, bytes, pieceSize);
      expect(chunks.map((chunk) => chunk.length)).toEqual(inOne.map((chunk) => chunk.length));
      expect(Buffer.concat(chunks).equals(Buffer.concat(inOne))).toBe(true);
    }
    expect(opened(key, inOne)?.equals(bytes)).toBe(true);
  });

  it('seals a full last chunk as last: an item of exactly 64 KiB is one chunk', () => {
    const key = itemKey(newFileKey(), BUNDLE_ID, 2);
    const bytes = randomBytes(CHUNK_BYTES);
    const chunks = sealed(key, bytes, 4_096);
    expect(chunks).toHaveLength(1);
    expect(openChunk(key, 0, true, chunks[0]!)?.equals(bytes)).toBe(true);
    expect(openChunk(key, 0, false, chunks[0]!)).toBeNull();
  });

  it('fails to open a stream cut off at a chunk boundary, reordered, or under another item’s key', () => {
    const fileKey = newFileKey();
    const key = itemKey(fileKey, BUNDLE_ID, 3);
    const chunks = sealed(key, patterned(3 * CHUNK_BYTES, 5), 10_000);
    expect(chunks).toHaveLength(3);
    expect(opened(key, chunks)).not.toBeNull();
    expect(opened(key, chunks.slice(0, 2))).toBeNull();
    expect(opened(key, [chunks[1]!, chunks[0]!, chunks[2]!])).toBeNull();
    expect(opened(key, [chunks[0]!, chunks[1]!, chunks[1]!, chunks[2]!])).toBeNull();
    expect(opened(itemKey(fileKey, BUNDLE_ID, 4), chunks)).toBeNull();
    expect(opened(itemKey(fileKey, '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e60', 3), chunks)).toBeNull();
    const shortened = Buffer.from(chunks[2]!.subarray(0, chunks[2]!.length - 1));
    expect(opened(key, [chunks[0]!, chunks[1]!, shortened])).toBeNull();
  });

  it('gives each item and each bundle its own key from the same file key', () => {
    const fileKey = newFileKey();
    const keys = [itemKey(fileKey, BUNDLE_ID, 0), itemKey(fileKey, BUNDLE_ID, 1), itemKey(fileKey, '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a', 0), itemKey(newFileKey(), BUNDLE_ID, 0)];
    expect(new Set(keys.map((key) => key.toString('hex'))).size).toBe(4);
    expect(keys.every((key) => key.length === 32)).toBe(true);
  });
});
