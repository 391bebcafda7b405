/**
 * The keys of a bundle: one random file key, sealed with HPKE to each recipient install, and
 * the keys derived from it with HKDF-SHA256 (salted with the bundle id) for the manifest and
 * for each item. Every derived key seals one thing only, which is why the manifest can use a
 * fixed nonce and each item's chunks can count theirs from zero.
 */
import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { open, seal } from '../security/hpke.ts';
import { openSealed } from './sealed-bytes.ts';

export const FILE_KEY_BYTES = 32;
const MANIFEST_NONCE = Buffer.alloc(12);
const MANIFEST_INFO = 'practice-review-manager/bundle manifest';
const ITEM_INFO = 'practice-review-manager/bundle item ';

export function newFileKey(): Buffer {
  return randomBytes(FILE_KEY_BYTES);
}

function derive(fileKey: Buffer, bundleId: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, Buffer.from(bundleId, 'utf8'), Buffer.from(info, 'utf8'), 32));
}

export function itemKey(fileKey: Buffer, bundleId: string, index: number): Buffer {
  return derive(fileKey, bundleId, `${ITEM_INFO}${index}`);
}

/**
 * The HPKE context names the bundle and its sender, and the additional data names the
 * recipient, so a sealed key lifted into another bundle, or into another recipient's entry,
 * does not open.
 */
function sealingInfo(bundleId: string, senderFingerprint: string): string {
  return `practice-review-manager/bundle v1 ${bundleId} from ${senderFingerprint}`;
}

export interface SealedFileKey {
  readonly enc: Buffer;
  readonly sealedKey: Buffer;
}

export async function sealFileKey(fileKey: Buffer, bundleId: string, senderFingerprint: string, recipient: { fingerprint: string; sealingPublic: Buffer }): Promise<SealedFileKey> {
  const sealed = await seal(recipient.sealingPublic, fileKey, sealingInfo(bundleId, senderFingerprint), recipient.fingerprint);
  return { enc: sealed.enc, sealedKey: sealed.ciphertext };
}

/** The file key, or null when it does not open with this install's key (not ours, or altered). */
export async function openFileKey(sealed: SealedFileKey, bundleId: string, senderFingerprint: string, me: { fingerprint: string; sealingPrivate: Buffer }): Promise<Buffer | null> {
  try {
    const fileKey = await open(me.sealingPrivate, { enc: sealed.enc, ciphertext: sealed.sealedKey }, sealingInfo(bundleId, senderFingerprint), me.fingerprint);
    return fileKey.length === FILE_KEY_BYTES ? fileKey : null;
  } catch {
    return null;
  }
}

/** The manifest's JSON sealed with the header bytes as additional data: ciphertext || tag. */
export function sealManifest(fileKey: Buffer, bundleId: string, headerBytes: Buffer, manifestJson: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', derive(fileKey, bundleId, MANIFEST_INFO), MANIFEST_NONCE);
  cipher.setAAD(headerBytes);
  const body = cipher.update(manifestJson);
  cipher.final();
  return Buffer.concat([body, cipher.getAuthTag()]);
}

/** The manifest's JSON bytes, or null when it fails its seal (the manifest or the header was altered). */
export function openManifest(fileKey: Buffer, bundleId: string, headerBytes: Buffer, sealed: Buffer): Buffer | null {
  return openSealed(derive(fileKey, bundleId, MANIFEST_INFO), MANIFEST_NONCE, sealed, headerBytes);
}
