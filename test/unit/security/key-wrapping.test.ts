import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { decodeRecoveryCode, encodeRecoveryCode } from '../../../main/security/recovery-code.ts';
import { ARGON2ID_PARAMETERS, deriveWrappingKey, unwrapPrivateKey, wrapPrivateKey } from '../../../main/security/passphrase-wrap.ts';
import { generateKeyPair, open, seal } from '../../../main/security/hpke.ts';

describe('wrapping a private key under a passphrase', () => {
  it('uses Argon2id at or above OWASP’s minimum', async () => {
    expect(ARGON2ID_PARAMETERS.memoryKiB).toBeGreaterThanOrEqual(19_456);
    expect(ARGON2ID_PARAMETERS.passes).toBeGreaterThanOrEqual(2);
    const wrapped = await wrapPrivateKey(randomBytes(32), 'a long enough passphrase', 'context');
    expect(wrapped.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: ARGON2ID_PARAMETERS.memoryKiB, passes: ARGON2ID_PARAMETERS.passes });
    // The derivation really is Argon2id: it matches the library's encoded Argon2id hash for the same inputs.
    const salt = randomBytes(16);
    const encoded = await hash('a long enough passphrase', { memoryCost: ARGON2ID_PARAMETERS.memoryKiB, timeCost: ARGON2ID_PARAMETERS.passes, parallelism: 1, outputLen: 32, salt });
    expect(encoded.startsWith('$argon2id$')).toBe(true);
    const derived = await deriveWrappingKey('a long enough passphrase', { ...wrapped.kdf, salt: salt.toString('base64') });
    expect(derived.toString('base64').replace(/=+$/, '')).toBe(encoded.split('$').at(-1));
  });

  it('unwraps with the right passphrase and context only', async () => {
    const key = randomBytes(32);
    const wrapped = await wrapPrivateKey(key, 'a long enough passphrase', 'store-1/user-1');
    expect(await unwrapPrivateKey(wrapped, 'a long enough passphrase', 'store-1/user-1')).toEqual(key);
    await expect(unwrapPrivateKey(wrapped, 'a long enough passphrasE', 'store-1/user-1')).rejects.toThrow(/not right/);
    await expect(unwrapPrivateKey(wrapped, 'a long enough passphrase', 'store-1/user-2')).rejects.toThrow(/not right/);
  });
});

describe('sealing with HPKE', () => {
  it('opens only for the recipient, in the same context', async () => {
    const alice = await generateKeyPair();
    const bob = await generateKeyPair();
    const secret = randomBytes(32);
    const sealed = await seal(alice.publicKey, secret, 'store/1', 'alice');
    expect(await open(alice.privateKey, sealed, 'store/1', 'alice')).toEqual(secret);
    await expect(open(bob.privateKey, sealed, 'store/1', 'alice')).rejects.toThrow();
    await expect(open(alice.privateKey, sealed, 'store/2', 'alice')).rejects.toThrow();
    await expect(open(alice.privateKey, sealed, 'store/1', 'bob')).rejects.toThrow();
  });
});

describe('the recovery code', () => {
  it('round-trips a key, ignoring case, spaces and dashes', () => {
    const key = randomBytes(32);
    const code = encodeRecoveryCode(key);
    expect(code).toMatch(/^([A-Z2-7]{5}-){10}[A-Z2-7]{5}$/);
    expect(decodeRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toEqual(key);
  });

  it('reports a mistyped character as a typing error', () => {
    const code = encodeRecoveryCode(randomBytes(32));
    const typo = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
    expect(() => decodeRecoveryCode(typo)).toThrow(/mistyped/);
    expect(() => decodeRecoveryCode(code.slice(0, -1))).toThrow(/mistyped/);
    expect(() => decodeRecoveryCode(code.replace(/^./, '1'))).toThrow(/"1", which is not used/);
  });
});
