/**
 * Keeps secured-file chunks out of the main connection's page cache. That cache is sized to
 * hold the whole case store (PAGE_CACHE_KIB, 256 MiB), and SQLite fills it with every page it
 * touches: left alone, one 300 MB file streamed in or out would push the process's resident
 * memory up by the full 256 MiB and evict the pages the screens need. While any file is
 * moving, the connection's cache is held small; it goes back to its own size when the last
 * overlapping transfer ends. (better-sqlite3 has no incremental blob I/O, so lowering the
 * cache is the way to bypass it.)
 *
 * The cost: the warm pages are dropped when a transfer starts, and the screens read from disk
 * (decrypting each page) until the cache warms again.
 */
import type { Db } from '../store/open-database.ts';

/**
 * Enough for the chunk table's b-tree and a batch's dirty pages to stay in memory during one
 * transaction, small beside the 100 MB a transfer may add to the process.
 */
export const TRANSFER_CACHE_KIB = 8_192;

interface Held {
  count: number;
  /** The connection's own cache_size, as SQLite reports it (negative: KiB; positive: pages). */
  readonly restore: number;
}

const held = new WeakMap<Db, Held>();

/**
 * Holds the connection's cache small until the returned release is called (once is enough;
 * later calls do nothing). Overlapping holds share one lowering, undone by the last release.
 */
export function holdSmallCache(db: Db): () => void {
  const current = held.get(db);
  if (current !== undefined) {
    current.count += 1;
  } else {
    const restore = db.pragma('cache_size', { simple: true }) as number;
    db.pragma(`cache_size=-${TRANSFER_CACHE_KIB}`);
    held.set(db, { count: 1, restore });
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const entry = held.get(db);
    if (entry === undefined) return;
    entry.count -= 1;
    if (entry.count > 0) return;
    held.delete(db);
    // A lock in the middle of a transfer has closed the connection: nothing to restore.
    if (db.open) db.pragma(`cache_size=${entry.restore}`);
  };
}

/** How many transfers hold the connection's cache small now (for tests). */
export function smallCacheHolds(db: Db): number {
  return held.get(db)?.count ?? 0;
}
