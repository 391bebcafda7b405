/**
 * A chain is only tamper-evident if its head is also kept somewhere else. The checkpoint file,
 * outside the store folder, records the event count and head hash at every close and on demand;
 * a store rolled back, truncated, or with its chain recomputed by someone holding the key, no
 * longer has that hash at that position.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/open-database.ts';
import { chainHead } from './audit-chain.ts';
import { writeFileAtomically } from '../store/key-file.ts';
import { applicationDataFolder } from '../application-data-folder.ts';

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
  return path.join(applicationDataFolder(), 'checkpoints');
}

/**
 * One checkpoint series per store and folder: a backup restored elsewhere (a restore drill,
 * say) starts its own series and leaves the live store's alone. A store copied back into its
 * own folder meets its old checkpoint and is caught.
 */
export function defaultCheckpointFile(storeId: string, storeFolder: string): string {
  const resolved = path.resolve(storeFolder);
  const folderTag = createHash('sha256').update(process.platform === 'win32' ? resolved.toLowerCase() : resolved).digest('hex').slice(0, 16);
  return path.join(checkpointFolder(), `${storeId}-${folderTag}.json`);
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
  // The head's number, not count(*): this runs at every unlock, and a count reads every event.
  const count = chainHead(db).events;
  if (row === undefined || count < checkpoint.events) {
    return `the store has ${count} events but the checkpoint of ${checkpoint.writtenAt} recorded ${checkpoint.events}: it has been rolled back or truncated`;
  }
  if (row.hash !== checkpoint.head) {
    return `event ${checkpoint.events} differs from the checkpoint of ${checkpoint.writtenAt}: the chain has been rewritten`;
  }
  return null;
}
