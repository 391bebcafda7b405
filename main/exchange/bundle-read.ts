/**
 * Reading a bundle back, check by check: the plaintext header (magic, format, version, schema),
 * the signature over everything before it, then, for a recipient, the sealed file key, the
 * manifest (sealed with the header as additional data), the layout, and each item chunk by
 * chunk. Each failure is BUNDLE_REFUSED with its own message (bundle-refusals.ts).
 */
import { createHash } from 'node:crypto';
import fs, { type BigIntStats } from 'node:fs';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleHeader, bundleManifest, bundleVersionProbe, type BundleHeader, type BundleManifest } from '../../shared/exchange/bundle.ts';
import { itemKey, openFileKey, openManifest } from './bundle-keys.ts';
import { LENGTH_BYTES, MAGIC_BYTES, MAX_HEADER_BYTES, MAX_MANIFEST_BYTES, hashRange, readAt, withFile } from './bundle-layout.ts';
import { changedWhileOpen, damagedHeader, damagedItem, damagedLayout, damagedManifest, forAnotherInstall, keyDoesNotOpen, newerVersion, notABundle, unknownFormat } from './bundle-refusals.ts';
import { SIGNATURE_BYTES, bundleDigestSigned } from './bundle-signature.ts';
import { CHUNK_BYTES, TAG_BYTES, chunkCount, chunkPlaintextLength, openChunk, sealedItemLength } from './bundle-stream.ts';

export interface OpenedBundle {
  readonly header: BundleHeader;
  readonly manifest: BundleManifest;
  /** SHA-256 of the whole file. */
  readonly fileSha256: string;
  readonly size: number;
  /**
   * The item's bytes, chunk by chunk, decrypted and authenticated; the last call checks size and
   * SHA-256 and throws BUNDLE_REFUSED if either is wrong. Read it to the end (or leave a for…of
   * early): the file stays open until the generator finishes.
   */
  readItem(index: number): Generator<Buffer>;
  /** The whole item, for small ones (the payload, a workbook). */
  readItemWhole(index: number): Buffer;
  /** Reads every item through once, checking each one's size and SHA-256; nothing is kept. */
  verifyItems(): void;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and checks the plaintext header: the magic, then the format and version (a newer
 * version is refused by name), then the header's schema. BUNDLE_REFUSED with a clear message.
 */
export function readBundleHeader(path: string): { header: BundleHeader; headerBytes: Buffer } {
  return withFile(path, (fd, size) => headerIn(fd, size));
}

/** Whether the signature at the end matches everything before it, for this signing key. Streams. */
export function signatureMatches(path: string, signingPublic: Buffer): boolean {
  return withFile(path, (fd, size) => {
    if (size < MAGIC_BYTES.length + SIGNATURE_BYTES) return false;
    const digest = hashRange(fd, 0, size - SIGNATURE_BYTES);
    const signature = readAt(fd, size - SIGNATURE_BYTES, SIGNATURE_BYTES);
    return digest !== null && signature !== null && bundleDigestSigned(digest, signature, signingPublic);
  });
}

/** Opens the file key sealed to this install, decrypts and checks the manifest. */
export async function openBundle(path: string, header: BundleHeader, me: { fingerprint: string; sealingPrivate: Buffer }): Promise<OpenedBundle> {
  const read = withFile(path, (fd, size) => {
    const { header: onDisk, headerBytes } = headerIn(fd, size);
    const manifestAt = MAGIC_BYTES.length + LENGTH_BYTES + headerBytes.length;
    const sealedManifest = framedAt(fd, size, manifestAt, MAX_MANIFEST_BYTES);
    if (sealedManifest === null) throw damagedLayout();
    const whole = hashRange(fd, 0, size);
    if (whole === null) throw changedWhileOpen();
    return { onDisk, headerBytes, sealedManifest, itemsAt: manifestAt + LENGTH_BYTES + sealedManifest.length, size, fileSha256: whole.toString('hex'), identity: fs.fstatSync(fd, { bigint: true }) };
  });
  // The caller chose the sender (and checked the signature) from the header it read: the file
  // must still hold that header.
  if (headerText(read.onDisk) !== headerText(header)) throw changedWhileOpen();

  const mine = read.onDisk.recipients.find((recipient) => recipient.fingerprint === me.fingerprint);
  if (mine === undefined) throw forAnotherInstall(me.fingerprint);
  const fileKey = await openFileKey({ enc: Buffer.from(mine.enc, 'base64'), sealedKey: Buffer.from(mine.sealedKey, 'base64') }, read.onDisk.id, read.onDisk.sender, me);
  if (fileKey === null) throw keyDoesNotOpen();

  const manifest = manifestIn(openManifest(fileKey, read.onDisk.id, read.headerBytes, read.sealedManifest), read.onDisk, me.fingerprint);
  const offsets = itemOffsets(manifest, read.itemsAt);
  if (offsets.end !== read.size - SIGNATURE_BYTES) throw damagedLayout();

  return openedBundle(path, read.identity, { header: read.onDisk, manifest, fileSha256: read.fileSha256, size: read.size }, fileKey, offsets.starts);
}

function headerIn(fd: number, size: number): { header: BundleHeader; headerBytes: Buffer } {
  const magic = readAt(fd, 0, MAGIC_BYTES.length);
  if (magic === null || !magic.equals(MAGIC_BYTES)) throw notABundle();
  const headerBytes = framedAt(fd, size, MAGIC_BYTES.length, MAX_HEADER_BYTES);
  if (headerBytes === null) throw damagedHeader();
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(headerBytes));
  } catch {
    throw damagedHeader();
  }
  // The version is read before the rest, so a newer bundle is refused as newer, not as damaged.
  const probe = bundleVersionProbe.safeParse(raw);
  if (!probe.success) throw damagedHeader();
  const { format, version } = probe.data;
  if (format === BUNDLE_FORMAT && version > BUNDLE_VERSION) throw newerVersion(version);
  if (format !== BUNDLE_FORMAT || version !== BUNDLE_VERSION) throw unknownFormat(format, version);
  const parsed = bundleHeader.safeParse(raw);
  if (!parsed.success) throw damagedHeader();
  const fingerprints = new Set(parsed.data.recipients.map((recipient) => recipient.fingerprint));
  if (fingerprints.size !== parsed.data.recipients.length) throw damagedHeader();
  return { header: parsed.data, headerBytes };
}

/** The bytes after a u32 length at `position`, or null if the length is absurd or runs past the end. */
function framedAt(fd: number, size: number, position: number, limit: number): Buffer | null {
  const lengthBytes = readAt(fd, position, LENGTH_BYTES);
  if (lengthBytes === null) return null;
  const length = lengthBytes.readUInt32BE();
  if (length > limit || position + LENGTH_BYTES + length > size) return null;
  return readAt(fd, position + LENGTH_BYTES, length);
}

function headerText(header: BundleHeader): string {
  const { format, version, id, sender, recipients } = header;
  return JSON.stringify([format, version, id, sender, recipients.map(({ fingerprint, enc, sealedKey }) => [fingerprint, enc, sealedKey])]);
}

/** The opened manifest, parsed and checked to agree with the header it was sealed with. */
function manifestIn(json: Buffer | null, header: BundleHeader, myFingerprint: string): BundleManifest {
  if (json === null) throw damagedManifest();
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(json));
  } catch {
    throw damagedManifest();
  }
  const parsed = bundleManifest.safeParse(raw);
  if (!parsed.success) throw damagedManifest();
  const manifest = parsed.data;
  const listed = manifest.recipients.map((recipient) => recipient.fingerprint);
  const sealedTo = new Set(header.recipients.map((recipient) => recipient.fingerprint));
  const agrees =
    manifest.id === header.id &&
    manifest.sender.fingerprint === header.sender &&
    listed.includes(myFingerprint) &&
    new Set(listed).size === listed.length &&
    listed.length === sealedTo.size &&
    listed.every((fingerprint) => sealedTo.has(fingerprint));
  if (!agrees) throw damagedManifest();
  return manifest;
}

/** Where each item starts, and where the last one ends (which must be where the signature starts). */
function itemOffsets(manifest: BundleManifest, itemsAt: number): { starts: number[]; end: number } {
  const starts: number[] = [];
  let position = itemsAt;
  for (const item of manifest.items) {
    starts.push(position);
    position += sealedItemLength(item.size);
  }
  return { starts, end: position };
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

function openedBundle(path: string, identity: BigIntStats, facts: Pick<OpenedBundle, 'header' | 'manifest' | 'fileSha256' | 'size'>, fileKey: Buffer, starts: readonly number[]): OpenedBundle {
  const { manifest } = facts;

  function* readItem(index: number): Generator<Buffer> {
    const item = manifest.items[index];
    if (item === undefined) throw new RangeError(`This bundle has no item ${index}.`);
    const key = itemKey(fileKey, manifest.id, index);
    const fd = fs.openSync(path, 'r');
    try {
      // Checked once at open; the seals catch any change to the bytes, this catches the file being swapped.
      if (!sameFile(fs.fstatSync(fd, { bigint: true }), identity)) throw changedWhileOpen();
      const count = chunkCount(item.size);
      const hash = createHash('sha256');
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES + TAG_BYTES);
      let position = starts[index]!;
      let size = 0;
      for (let n = 0; n < count; n += 1) {
        const sealed = readAt(fd, position, chunkPlaintextLength(item.size, n) + TAG_BYTES, buffer);
        const plaintext = sealed === null ? null : openChunk(key, n, n === count - 1, sealed);
        if (sealed === null || plaintext === null) throw damagedItem(item.name);
        position += sealed.length;
        size += plaintext.length;
        hash.update(plaintext);
        yield plaintext;
      }
      if (size !== item.size || hash.digest('hex') !== item.sha256) throw damagedItem(item.name);
    } finally {
      fs.closeSync(fd);
    }
  }

  function readItemWhole(index: number): Buffer {
    const item = manifest.items[index];
    if (item === undefined) throw new RangeError(`This bundle has no item ${index}.`);
    const whole = Buffer.allocUnsafe(item.size);
    let at = 0;
    for (const chunk of readItem(index)) at += chunk.copy(whole, at);
    return whole;
  }

  function verifyItems(): void {
    manifest.items.forEach((_item, index) => {
      for (const _chunk of readItem(index)) {
        // Reading is the check: each chunk's seal, then the item's size and SHA-256 at the end.
      }
    });
  }

  return { ...facts, readItem, readItemWhole, verifyItems };
}
