/** PLACEHOLDER — replaced by the helper that owns the composite. */
import type { CompositeEntry, CompositeFilter } from './composite.ts';

/** The entries that pass the filter (the screen and the exports narrow the same way). */
export function filterEntries(entries: readonly CompositeEntry[], filter: CompositeFilter): CompositeEntry[] {
  return entries.filter(() => filter.agencies.length === 0);
}
