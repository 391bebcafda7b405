/**
 * An install's fingerprint: the first 120 bits of SHA-256 over both its public keys, in base32,
 * short enough to read over the phone ("K7QD 2MXA …") and long enough that nobody can make keys
 * to match another install's.
 */
import { createHash } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const CONTEXT = 'practice-review-manager/fingerprint v1\n';

export function fingerprintOf(sealingPublic: Buffer, signingPublic: Buffer): string {
  const digest = createHash('sha256').update(CONTEXT).update(sealingPublic).update(signingPublic).digest().subarray(0, 15);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}
