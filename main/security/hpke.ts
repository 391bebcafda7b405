/**
 * HPKE (RFC 9180) base mode with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and AES-256-GCM:
 * the one way this app seals a secret to somebody's public key.
 */
import { Aes256Gcm, CipherSuite, DhkemX25519HkdfSha256, HkdfSha256 } from '@hpke/core';

const suite = new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes256Gcm() });
const encoder = new TextEncoder();

export interface KeyPair {
  readonly publicKey: Buffer;
  readonly privateKey: Buffer;
}

export interface Sealed {
  /** The encapsulated ephemeral key. */
  readonly enc: Buffer;
  readonly ciphertext: Buffer;
}

export async function generateKeyPair(): Promise<KeyPair> {
  const pair = await suite.kem.generateKeyPair();
  return {
    publicKey: Buffer.from(await suite.kem.serializePublicKey(pair.publicKey)),
    privateKey: Buffer.from(await suite.kem.serializePrivateKey(pair.privateKey)),
  };
}

/** `info` binds the ciphertext to its context (store, key epoch); `aad` to its recipient. */
export async function seal(recipientPublicKey: Buffer, plaintext: Buffer, info: string, aad: string): Promise<Sealed> {
  const recipient = await suite.kem.deserializePublicKey(toArrayBuffer(recipientPublicKey));
  const { enc, ct } = await suite.seal(
    { recipientPublicKey: recipient, info: encoder.encode(info) },
    toArrayBuffer(plaintext),
    encoder.encode(aad),
  );
  return { enc: Buffer.from(enc), ciphertext: Buffer.from(ct) };
}

/** Throws if the key, the context or the ciphertext is wrong; callers turn that into their own error. */
export async function open(recipientPrivateKey: Buffer, sealed: Sealed, info: string, aad: string): Promise<Buffer> {
  const recipientKey = await suite.kem.deserializePrivateKey(toArrayBuffer(recipientPrivateKey));
  const plaintext = await suite.open(
    { recipientKey, enc: toArrayBuffer(sealed.enc), info: encoder.encode(info) },
    toArrayBuffer(sealed.ciphertext),
    encoder.encode(aad),
  );
  return Buffer.from(plaintext);
}

function toArrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
