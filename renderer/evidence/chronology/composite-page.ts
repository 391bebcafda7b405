/**
 * One page of the composite chronology as the table shows it: the entries on that page, with a
 * full-width row for each long gap that falls before one of them. Returns may hold thousands of
 * rows, so the table paints a page at a time; a gap between two pages opens the later page.
 */
import type { ChronologyGap, CompositeEntry } from '../../../shared/evidence/composite.ts';

/** A hundred entries a page: a fair stretch of the story, few enough to paint at once. */
export const COMPOSITE_PAGE_SIZE = 100;

export type CompositeLine = { readonly kind: 'entry'; readonly entry: CompositeEntry } | { readonly kind: 'gap'; readonly gap: ChronologyGap };

export function compositePageCount(total: number): number {
  return Math.max(1, Math.ceil(total / COMPOSITE_PAGE_SIZE));
}

/**
 * The lines of one page (1-based). `entries` are already filtered and in date order; a gap is
 * shown before the first entry on or after its end, when the entry before that one (on this page
 * or the last of the page before) is on or before its start. Filtering can only widen the space
 * around a gap, never put an entry inside it, so every gap still sits between the right entries.
 */
export function compositePage(entries: readonly CompositeEntry[], gaps: readonly ChronologyGap[], page: number): CompositeLine[] {
  const start = (page - 1) * COMPOSITE_PAGE_SIZE;
  const lines: CompositeLine[] = [];
  let gapIndex = 0;
  let previous = start > 0 ? entries[start - 1] : undefined;
  for (const entry of entries.slice(start, start + COMPOSITE_PAGE_SIZE)) {
    while (gapIndex < gaps.length && gaps[gapIndex]!.to <= entry.date) {
      const gap = gaps[gapIndex]!;
      if (previous !== undefined && previous.date <= gap.from) lines.push({ kind: 'gap', gap });
      gapIndex += 1;
    }
    lines.push({ kind: 'entry', entry });
    previous = entry;
  }
  return lines;
}

/** "Showing 37 of 412 entries": how many pass the filters, of all the composite holds. */
export function showingLine(shown: number, total: number): string {
  const of = `${total.toLocaleString('en-GB')} ${total === 1 ? 'entry' : 'entries'}`;
  if (shown === total) return total === 1 ? 'Showing the only entry' : `Showing all ${of}`;
  return `Showing ${shown.toLocaleString('en-GB')} of ${of}`;
}

/** "Entries 101 to 200 of 237": where this page sits, when there is more than one. */
export function pageLine(page: number, shown: number): string | null {
  if (shown <= COMPOSITE_PAGE_SIZE) return null;
  const first = (page - 1) * COMPOSITE_PAGE_SIZE + 1;
  const last = Math.min(shown, page * COMPOSITE_PAGE_SIZE);
  return `Entries ${first.toLocaleString('en-GB')} to ${last.toLocaleString('en-GB')} of ${shown.toLocaleString('en-GB')}, page ${page} of ${compositePageCount(shown)}`;
}
