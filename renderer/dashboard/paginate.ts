/** The dashboard shows 50 cases a page: enough to scan, few enough to paint at once. */
export const PAGE_SIZE = 50;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/**
 * The page numbers GOV.UK's pagination shows: the first, the last, and the current page with
 * its neighbours; null where a run of pages is left out (shown as an ellipsis).
 */
export function pageNumbers(current: number, count: number): (number | null)[] {
  const wanted = new Set([1, count, current - 1, current, current + 1].filter((page) => page >= 1 && page <= count));
  const sorted = [...wanted].sort((a, b) => a - b);
  const numbers: (number | null)[] = [];
  for (const page of sorted) {
    const last = numbers[numbers.length - 1];
    if (typeof last === 'number' && page - last > 1) numbers.push(null);
    numbers.push(page);
  }
  return numbers;
}

/** "Showing 1 to 50 of 4,213 cases". */
export function showingLine(page: number, total: number): string {
  if (total === 0) return 'Showing 0 cases';
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);
  const of = total === 1 ? '1 case' : `${total.toLocaleString('en-GB')} cases`;
  return `Showing ${first.toLocaleString('en-GB')} to ${last.toLocaleString('en-GB')} of ${of}`;
}
