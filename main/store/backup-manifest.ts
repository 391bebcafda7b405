/** A backup folder's manifest: what it holds, its chain head, and each file's SHA-256. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';

export const MANIFEST_FILE = 'backup.json';

const manifestSchema = z.object({
  format: z.literal('practice-review-manager/backup'),
  version: z.literal(1),
  storeId: z.string().uuid(),
  createdAt: z.string(),
  events: z.number().int().nonnegative(),
  head: z.string().regex(/^[0-9a-f]{64}$/),
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let read: number;
    while ((read = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0) hash.update(chunk.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

export function readManifest(folder: string): BackupManifest {
  const file = path.join(folder, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new AppError('BACKUP_INVALID', `${folder} is not a Practice Review Manager backup (it has no ${MANIFEST_FILE}).`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('BACKUP_INVALID', `The backup manifest ${file} is damaged.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('BACKUP_INVALID', `The backup manifest ${file} is not valid.`);
  return parsed.data;
}

/** Every file the manifest lists is present and unchanged. */
export function checkManifestFiles(folder: string, manifest: BackupManifest): void {
  for (const [name, expected] of Object.entries(manifest.files)) {
    const file = path.join(folder, name);
    if (path.basename(name) !== name || !fs.existsSync(file)) throw new AppError('BACKUP_INVALID', `The backup in ${folder} is missing ${name}.`);
    if (sha256File(file) !== expected) throw new AppError('BACKUP_INVALID', `The backup file ${file} has changed since the backup was made: it is damaged or was altered.`);
  }
}
