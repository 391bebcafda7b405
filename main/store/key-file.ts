/**
 * The key file beside the database: each user's public key, their private key wrapped under
 * their passphrase, and the master key sealed to them; the same for the recovery key. It holds
 * nothing that opens the store without a passphrase or the recovery code. Written atomically
 * (temporary file, fsync, rename), so a crash leaves the old file or the new, never half of one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 text');
const sealedSchema = z.object({ enc: base64, ciphertext: base64 });
const wrappedSchema = z.object({
  kdf: z.object({ algorithm: z.literal('argon2id'), memoryKiB: z.number().int().positive(), passes: z.number().int().positive(), lanes: z.number().int().positive(), salt: base64 }),
  iv: base64,
  ciphertext: base64,
  tag: base64,
});
const recipientSchema = z.object({ publicKey: base64, sealedMasterKey: sealedSchema });
const userEntrySchema = z.object({
  userId: z.string().uuid(),
  /** A keyed hash of the user's name, so that unlock finds the entry without names on disk. */
  nameTag: z.string().regex(/^[0-9a-f]{64}$/),
  publicKey: base64,
  wrappedPrivateKey: wrappedSchema,
  /** Null once the user is disabled: their wrapped key stays, but opens nothing. */
  sealedMasterKey: sealedSchema.nullable(),
});
const pendingRekeySchema = z.object({
  epoch: z.number().int().positive(),
  users: z.array(z.object({ userId: z.string().uuid(), sealedMasterKey: sealedSchema })),
  recovery: recipientSchema,
});

export const keyFileSchema = z.object({
  format: z.literal('practice-review-manager/key-file'),
  version: z.literal(1),
  storeId: z.string().uuid(),
  epoch: z.number().int().positive(),
  databaseSalt: z.string().regex(/^[0-9a-f]{32}$/),
  users: z.array(userEntrySchema),
  recovery: recipientSchema,
  /** Present only while a rekey is under way: the new master key, sealed to the same people. */
  pendingRekey: pendingRekeySchema.optional(),
});

export type KeyFile = z.infer<typeof keyFileSchema>;
export type KeyFileUser = z.infer<typeof userEntrySchema>;
export type SealedEntry = z.infer<typeof sealedSchema>;
export type PendingRekey = z.infer<typeof pendingRekeySchema>;

export function readKeyFile(file: string): KeyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('KEY_FILE_INVALID', `The key file ${file} cannot be read: it is damaged or is not a key file. Restore it from a backup.`);
  }
  const parsed = keyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'its top level';
    throw new AppError('KEY_FILE_INVALID', `The key file ${file} is not a valid key file (problem at ${where}). Restore it from a backup.`);
  }
  return parsed.data;
}

export function writeKeyFile(file: string, keyFile: KeyFile): void {
  writeFileAtomically(file, `${JSON.stringify(keyFileSchema.parse(keyFile), null, 2)}\n`);
}

export function writeFileAtomically(file: string, contents: string | Buffer): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temporary, 'wx', 0o600);
  try {
    fs.writeSync(fd, typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(file));
}

function syncFolder(folder: string): void {
  // Makes the rename itself durable; Windows cannot open a folder for fsync, and NTFS journals renames.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
