/**
 * A chain is only tamper-evident if its head is also kept somewhere else. The checkpoint file,
 * outside the store folder, records the event count and head hash at every close and on demand;
 * a store rolled back, truncated, or with its chain recomputed by someone holding the key, no
 * longer has that hash at that position.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/open-database.ts';
import { writeFileAtomically } from '../store/key-file.ts';

const checkpointSchema = z.object({
  format: z.literal('practice-review-manager/checkpoint'),
  version: z.literal(1),
  storeId: z.string().uuid(),
  events: z.number().int().nonnegative(),
  head: z.string().regex(/^[0-9a-f]{64}$/),
  writtenAt: z.string(),
  reason: z.enum(['created', 'closed', 'on-demand', 'restored']),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;
export type CheckpointReason = Checkpoint['reason'];

/** The per-user application-data folder, unless IT or a test points PRM_CHECKPOINT_DIR elsewhere. */
export function checkpointFolder(): string {
  if (process.env.PRM_CHECKPOINT_DIR) return path.resolve(process.env.PRM_CHECKPOINT_DIR);
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? os.homedir(), 'Practice Review Manager', 'checkpoints');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Practice Review Manager', 'checkpoints');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'practice-review-manager', 'checkpoints');
}

export function defaultCheckpointFile(storeId: string): string {
  return path.join(checkpointFolder(), `${storeId}.json`);
}

export function readCheckpoint(file: string): Checkpoint | null {
  if (!fs.existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('INVALID_INPUT', `The checkpoint file ${file} cannot be read: it is damaged or is not a checkpoint.`);
  }
  const parsed = checkpointSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `The checkpoint file ${file} is not a Practice Review Manager checkpoint.`);
  return parsed.data;
}

export function writeCheckpoint(file: string, checkpoint: Omit<Checkpoint, 'format' | 'version' | 'writtenAt'>, now: Date = new Date()): Checkpoint {
  const full: Checkpoint = { format: 'practice-review-manager/checkpoint', version: 1, ...checkpoint, writtenAt: now.toISOString() };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileAtomically(file, `${JSON.stringify(full, null, 2)}\n`);
  return full;
}

/** Null when the store still holds the checkpoint's head at the checkpoint's position. */
export function checkpointMismatch(db: Db, storeId: string, checkpoint: Checkpoint): string | null {
  if (checkpoint.storeId !== storeId) return `the checkpoint is for a different store (${checkpoint.storeId})`;
  if (checkpoint.events === 0) return null;
  const row = db.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(checkpoint.events) as { hash: string } | undefined;
  const count = (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
  if (row === undefined || count < checkpoint.events) {
    return `the store has ${count} events but the checkpoint of ${checkpoint.writtenAt} recorded ${checkpoint.events}: it has been rolled back or truncated`;
  }
  if (row.hash !== checkpoint.head) {
    return `event ${checkpoint.events} differs from the checkpoint of ${checkpoint.writtenAt}: the chain has been rewritten`;
  }
  return null;
}
