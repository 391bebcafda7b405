/**
 * The recovery key's private half, written as a code a person can copy onto paper for the
 * partnership's safe: RFC 4648 base32 in groups of five, with a checksum so a mistyped
 * character is reported as a typing error rather than as a wrong key.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const CHECKSUM_BYTES = 2;

function checksum(key: Buffer): Buffer {
  return createHash('sha256').update('prm-recovery-code').update(key).digest().subarray(0, CHECKSUM_BYTES);
}

export function encodeRecoveryCode(privateKey: Buffer): string {
  const bytes = Buffer.concat([privateKey, checksum(privateKey)]);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,5}/g)!.join('-');
}

export function decodeRecoveryCode(code: string): Buffer {
  const clean = code.toUpperCase().replace(/[\s-]/g, '');
  const invalid = [...clean].find((character) => !ALPHABET.includes(character));
  if (invalid !== undefined) {
    throw new AppError('WRONG_RECOVERY_CODE', `The recovery code contains "${invalid}", which is not used in recovery codes. Check it against the paper copy.`);
  }
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const character of clean) {
    value = ((value << 5) | ALPHABET.indexOf(character)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  const all = Buffer.from(bytes);
  const key = all.subarray(0, 32);
  if (all.length !== 32 + CHECKSUM_BYTES || !checksum(key).equals(all.subarray(32))) {
    throw new AppError('WRONG_RECOVERY_CODE', 'The recovery code is mistyped: a character is wrong, missing or extra. Check it against the paper copy.');
  }
  return Buffer.from(key);
}
