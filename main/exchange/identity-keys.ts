/**
 * A new install identity: a random install id, an X25519 key pair for sealing (HPKE, as the
 * store's own keys are) and an Ed25519 key pair for signing bundles. Synchronous, so a migration
 * can make it inside its transaction. Every key is its raw 32 bytes.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';

export interface IdentityKeys {
  readonly installId: string;
  readonly sealingPublic: Buffer;
  readonly sealingPrivate: Buffer;
  readonly signingPublic: Buffer;
  readonly signingPrivate: Buffer;
}

function rawPair(type: 'x25519' | 'ed25519'): { publicKey: Buffer; privateKey: Buffer } {
  const { publicKey, privateKey } = generateKeyPairSync(type as 'x25519');
  const jwk = privateKey.export({ format: 'jwk' });
  const publicJwk = publicKey.export({ format: 'jwk' });
  return { publicKey: Buffer.from(publicJwk.x!, 'base64url'), privateKey: Buffer.from(jwk.d!, 'base64url') };
}

export function makeIdentityKeys(): IdentityKeys {
  const sealing = rawPair('x25519');
  const signing = rawPair('ed25519');
  return { installId: randomUUID(), sealingPublic: sealing.publicKey, sealingPrivate: sealing.privateKey, signingPublic: signing.publicKey, signingPrivate: signing.privateKey };
}
