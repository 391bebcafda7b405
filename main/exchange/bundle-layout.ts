/**
 * Where things are in a bundle file (docs/bundle-format.md has the byte table) and the small
 * synchronous reads the checks are made of. Reads are synchronous so an importer can take items
 * into SQLite inside one synchronous transaction; they go through a fixed buffer, so the size
 * of the file never decides how much memory is used.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { BUNDLE_MAGIC } from '../../shared/exchange/bundle.ts';

export const MAGIC_BYTES = Buffer.from(BUNDLE_MAGIC, 'ascii');
export const LENGTH_BYTES = 4;
/** A header names at most 20 recipients, each in a few hundred bytes: anything near this is not one. */
export const MAX_HEADER_BYTES = 1024 * 1024;
/** 10,000 items of a few hundred bytes each, with room to spare. */
export const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;
const HASH_READ_BYTES = 1024 * 1024;
let scratch: Buffer | undefined;

export function u32(value: number): Buffer {
  const bytes = Buffer.alloc(LENGTH_BYTES);
  bytes.writeUInt32BE(value);
  return bytes;
}

/** Exactly `length` bytes at `position`, or null if the file ends first. */
export function readAt(fd: number, position: number, length: number, into?: Buffer): Buffer | null {
  const buffer = into !== undefined && into.length >= length ? into.subarray(0, length) : Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = fs.readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) return null;
    done += read;
  }
  return buffer;
}

/** SHA-256 of bytes [start, end) of the file, a mebibyte at a time; null if the file is shorter. */
export function hashRange(fd: number, start: number, end: number): Buffer | null {
  const hash = createHash('sha256');
  // One buffer for every call: hashing is synchronous from start to end, so calls never overlap.
  scratch ??= Buffer.allocUnsafe(HASH_READ_BYTES);
  const buffer = scratch;
  for (let position = start; position < end; position += HASH_READ_BYTES) {
    const piece = readAt(fd, position, Math.min(HASH_READ_BYTES, end - position), buffer);
    if (piece === null) return null;
    hash.update(piece);
  }
  return hash.digest();
}

/** Runs `use` with the file open for reading, and closes it whatever happens. */
export function withFile<T>(path: string, use: (fd: number, size: number) => T): T {
  const fd = fs.openSync(path, 'r');
  try {
    return use(fd, fs.fstatSync(fd).size);
  } finally {
    fs.closeSync(fd);
  }
}
