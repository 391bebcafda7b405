/**
 * The sender's signature at the end of a bundle: Ed25519 over a fixed context line and the
 * SHA-256 of every byte before the signature. Signing a digest lets the signature be made and
 * checked while the file streams past, without ever holding the file; the context line keeps a
 * bundle signature from being taken for a signature of anything else the key might sign.
 */
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export const SIGNATURE_BYTES = 64;
const CONTEXT = Buffer.from('practice-review-manager/bundle signature v1\n', 'utf8');
const KEY_BYTES = 32;
/** PKCS#8 for an Ed25519 private key, up to the raw 32 bytes: lets the public half be derived rather than passed in. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

function signedMessage(digest: Buffer): Buffer {
  return Buffer.concat([CONTEXT, digest]);
}

function privateKey(raw: Buffer): KeyObject {
  if (raw.length !== KEY_BYTES) throw new Error('An Ed25519 signing key is 32 bytes.');
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, raw]), format: 'der', type: 'pkcs8' });
}

function publicKey(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** `digest` is the SHA-256 of every byte of the bundle before its signature. */
export function signBundleDigest(digest: Buffer, signingPrivate: Buffer): Buffer {
  return sign(null, signedMessage(digest), privateKey(signingPrivate));
}

export function bundleDigestSigned(digest: Buffer, signature: Buffer, signingPublic: Buffer): boolean {
  if (signature.length !== SIGNATURE_BYTES || signingPublic.length !== KEY_BYTES) return false;
  try {
    return verify(null, signedMessage(digest), publicKey(signingPublic), signature);
  } catch {
    // A public key that is not a point on the curve verifies nothing.
    return false;
  }
}
