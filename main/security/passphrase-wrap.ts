/**
 * A user's private key at rest: wrapped under a key derived from their passphrase with
 * Argon2id, then sealed with AES-256-GCM. A passphrase change rewraps this one key and
 * touches nothing else.
 */
import { hashRaw, type Algorithm } from '@node-rs/argon2';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { minimumPassphraseLength } from '../policy/minimum-passphrase-length.ts';

/**
 * Stronger than OWASP's minimum (m=19 MiB, t=2, p=1): 64 MiB and three passes take about
 * 160 ms on a 2-core machine, within the 300 ms the unlock budget allows.
 */
export const ARGON2ID_PARAMETERS = { memoryKiB: 65_536, passes: 3, lanes: 1 } as const;


export interface WrappedKey {
  readonly kdf: { readonly algorithm: 'argon2id'; readonly memoryKiB: number; readonly passes: number; readonly lanes: number; readonly salt: string };
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

export async function deriveWrappingKey(passphrase: string, kdf: WrappedKey['kdf']): Promise<Buffer> {
  return hashRaw(passphrase.normalize('NFC'), {
    // Algorithm is an ambient const enum, which isolated modules cannot read: 2 is Argon2id.
    algorithm: 2 as Algorithm,
    memoryCost: kdf.memoryKiB,
    timeCost: kdf.passes,
    parallelism: kdf.lanes,
    outputLen: 32,
    salt: Buffer.from(kdf.salt, 'base64'),
  });
}

/** The app's minimum, or the longer one IT's machine policy asks for on this computer. */
export function checkPassphraseStrength(passphrase: string): void {
  const minimum = minimumPassphraseLength();
  if (passphrase.normalize('NFC').length < minimum) {
    throw new AppError('WEAK_PASSPHRASE', `The new passphrase is too short: use at least ${minimum} characters, for example three random words.`);
  }
}

/** `context` (store and user) is authenticated, so a wrapped key cannot be moved to another entry. */
export async function wrapPrivateKey(privateKey: Buffer, passphrase: string, context: string): Promise<WrappedKey> {
  const kdf = { algorithm: 'argon2id' as const, ...ARGON2ID_PARAMETERS, salt: randomBytes(16).toString('base64') };
  const wrappingKey = await deriveWrappingKey(passphrase, kdf);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(privateKey), cipher.final()]);
    return { kdf, iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
  } finally {
    wrappingKey.fill(0);
  }
}

export async function unwrapPrivateKey(wrapped: WrappedKey, passphrase: string, context: string): Promise<Buffer> {
  const wrappingKey = await deriveWrappingKey(passphrase, wrapped.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    throw new AppError('WRONG_PASSPHRASE', 'That passphrase is not right. Check it and try again.');
  } finally {
    wrappingKey.fill(0);
  }
}
