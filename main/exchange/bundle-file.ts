/**
 * PLACEHOLDER — to be written (see docs/bundle-format.md). Signatures are fixed.
 *
 * The bundle file: written sealed and signed, read back with every check, items streamed in
 * chunks (never held whole) under keys derived from the file key, as age's STREAM does.
 */
import type { BundleHeader, BundleManifest } from '../../shared/exchange/bundle.ts';

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
export async function writeBundle(_outPath: string, _manifest: Omit<BundleManifest, 'items'>, _items: readonly ItemSource[], _signer: Signer, _recipients: readonly Recipient[]): Promise<WrittenBundle> {
  throw new Error('not yet written');
}

/**
 * Reads and checks the plaintext header: the magic, then the format and version (a newer
 * version is refused by name), then the header's schema. BUNDLE_REFUSED with a clear message.
 */
export function readBundleHeader(_path: string): { header: BundleHeader; headerBytes: Buffer } {
  throw new Error('not yet written');
}

/** Whether the signature at the end matches everything before it, for this signing key. Streams. */
export function signatureMatches(_path: string, _signingPublic: Buffer): boolean {
  throw new Error('not yet written');
}

export interface OpenedBundle {
  readonly header: BundleHeader;
  readonly manifest: BundleManifest;
  /** SHA-256 of the whole file. */
  readonly fileSha256: string;
  readonly size: number;
  /** The item's bytes, chunk by chunk, decrypted and authenticated; the last call checks size and SHA-256 and throws BUNDLE_REFUSED if either is wrong. */
  readItem(index: number): Generator<Buffer>;
  /** The whole item, for small ones (the payload, a workbook). */
  readItemWhole(index: number): Buffer;
  /** Reads every item through once, checking each one's size and SHA-256; nothing is kept. */
  verifyItems(): void;
}

/** Opens the file key sealed to this install, decrypts and checks the manifest. */
export async function openBundle(_path: string, _header: BundleHeader, _me: { fingerprint: string; sealingPrivate: Buffer }): Promise<OpenedBundle> {
  throw new Error('not yet written');
}
