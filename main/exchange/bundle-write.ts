/**
 * Writing a bundle: the header with the file key sealed to each recipient, the sealed manifest,
 * each item streamed through its STREAM key, and the signature over the digest of all of it.
 * Every byte is hashed on its way to the disk, so neither the items nor the file are ever held
 * whole. The file is written under `.part` and renamed only once it is complete and on disk.
 */
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleHeader, bundleManifest, type BundleHeader, type BundleManifest } from '../../shared/exchange/bundle.ts';
import { AppError } from '../../shared/errors.ts';
import { itemKey, newFileKey, sealFileKey, sealManifest } from './bundle-keys.ts';
import { MAGIC_BYTES, u32 } from './bundle-layout.ts';
import { signBundleDigest } from './bundle-signature.ts';
import { ItemSealer } from './bundle-stream.ts';

/** One item to write: its bytes come as a synchronous run of chunks of any size. */
export interface ItemSource {
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  /** The SHA-256 the item must have; writing fails if the bytes read do not match it. */
  readonly sha256: string;
  chunks(): Iterable<Buffer>;
}

export interface Recipient {
  readonly fingerprint: string;
  readonly sealingPublic: Buffer;
}

export interface Signer {
  readonly fingerprint: string;
  readonly signingPrivate: Buffer;
}

export interface WrittenBundle {
  readonly sha256: string;
  readonly size: number;
}

/**
 * Writes the bundle to `outPath` (via a temporary file renamed at the end, so a failure leaves
 * no partial bundle). `manifest` has every field but `items`, which come from `items` in order.
 */
export async function writeBundle(outPath: string, manifest: Omit<BundleManifest, 'items'>, items: readonly ItemSource[], signer: Signer, recipients: readonly Recipient[]): Promise<WrittenBundle> {
  const full = wholeManifest(manifest, items, signer, recipients);
  const fileKey = newFileKey();
  const header = await headerFor(full.id, fileKey, signer, recipients);
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const sealedManifest = sealManifest(fileKey, full.id, headerBytes, Buffer.from(JSON.stringify(full), 'utf8'));

  // From here on the write is synchronous to the end: an item's chunks() may be reading a
  // SQLite statement, which must not be left open while other work uses the connection.
  const partPath = `${outPath}.part`;
  const fd = fs.openSync(partPath, 'w', 0o600);
  let open = true;
  try {
    const out = new HashingWriter(fd);
    out.write(MAGIC_BYTES);
    out.write(u32(headerBytes.length));
    out.write(headerBytes);
    out.write(u32(sealedManifest.length));
    out.write(sealedManifest);
    items.forEach((item, index) => writeItem(out, itemKey(fileKey, full.id, index), item));
    const signature = signBundleDigest(out.hash.copy().digest(), signer.signingPrivate);
    out.write(signature);
    fs.fsyncSync(fd);
    open = false;
    fs.closeSync(fd);
    fs.renameSync(partPath, outPath);
    return { sha256: out.hash.digest('hex'), size: out.written };
  } catch (error) {
    try {
      if (open) fs.closeSync(fd);
    } finally {
      fs.rmSync(partPath, { force: true });
    }
    throw error;
  }
}

/**
 * The manifest with its items, checked against its schema and against the keys it is written
 * with: a reader refuses a bundle whose manifest disagrees with its header, so a writer never
 * makes one.
 */
function wholeManifest(manifest: Omit<BundleManifest, 'items'>, items: readonly ItemSource[], signer: Signer, recipients: readonly Recipient[]): BundleManifest {
  const full = bundleManifest.parse({ ...manifest, items: items.map(({ name, mediaType, size, sha256 }) => ({ name, mediaType, size, sha256 })) });
  if (full.sender.fingerprint !== signer.fingerprint) throw new Error('The manifest’s sender is not the install signing the bundle.');
  const sealedTo = new Set(recipients.map((recipient) => recipient.fingerprint));
  const listed = new Set(full.recipients.map((recipient) => recipient.fingerprint));
  if (sealedTo.size !== recipients.length) throw new Error('A recipient is named twice.');
  if (sealedTo.size !== listed.size || [...listed].some((fingerprint) => !sealedTo.has(fingerprint))) throw new Error('The manifest’s recipients are not the installs the bundle is sealed to.');
  return full;
}

async function headerFor(bundleId: string, fileKey: Buffer, signer: Signer, recipients: readonly Recipient[]): Promise<BundleHeader> {
  const sealed = [];
  for (const recipient of recipients) {
    const { enc, sealedKey } = await sealFileKey(fileKey, bundleId, signer.fingerprint, recipient);
    sealed.push({ fingerprint: recipient.fingerprint, enc: enc.toString('base64'), sealedKey: sealedKey.toString('base64') });
  }
  return bundleHeader.parse({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, id: bundleId, sender: signer.fingerprint, recipients: sealed });
}

function writeItem(out: HashingWriter, key: Buffer, item: ItemSource): void {
  const hash = createHash('sha256');
  const sealer = new ItemSealer(key, (ciphertext, tag) => {
    out.write(ciphertext);
    out.write(tag);
  });
  let size = 0;
  for (const piece of item.chunks()) {
    size += piece.length;
    // Stop at the first byte too many rather than write an unbounded item.
    if (size > item.size) throw sourceDamaged(item.name);
    hash.update(piece);
    sealer.push(piece);
  }
  sealer.end();
  if (size !== item.size || hash.digest('hex') !== item.sha256) throw sourceDamaged(item.name);
}

function sourceDamaged(name: string): AppError {
  return new AppError('FILE_DAMAGED', `The file “${name}” does not match its recorded fingerprint, so no bundle was written. It may have been altered or damaged where it is kept; check the file and try again.`);
}

/** Writes everything it is given to the file and to one running SHA-256. */
class HashingWriter {
  readonly hash: Hash = createHash('sha256');
  written = 0;

  constructor(private readonly fd: number) {}

  write(bytes: Buffer): void {
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(this.fd, bytes, done, bytes.length - done);
    this.hash.update(bytes);
    this.written += bytes.length;
  }
}
