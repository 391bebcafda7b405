/**
 * Giving a deletion's space back to the file system, and measuring it. The store has used
 * incremental auto-vacuum since migration 001, so freed pages can be returned without a full
 * VACUUM (which would need the store's size again in memory, temporary storage being kept there).
 * In WAL mode the file shrinks only when the log is checkpointed; truncating the log also drops
 * the copies of the deleted pages it still held. Both run outside any transaction.
 */
import fs from 'node:fs';
import type { OpenStore } from '../store/open-store.ts';

/** Moves everything in the log into the file and empties the log; returns the file's size in bytes. */
export function settledFileBytes(store: OpenStore): number {
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  return fs.statSync(store.paths.database).size;
}

/** Returns every free page to the file system; the file's size afterwards, in bytes. */
export function freeDeletedSpace(store: OpenStore): number {
  store.db.pragma('incremental_vacuum');
  return settledFileBytes(store);
}
