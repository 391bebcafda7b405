/** The dashboard shows 50 cases a page: enough to scan, few enough to paint at once. */
export const PAGE_SIZE = 50;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** "Showing 1 to 50 of 4,213 cases". */
export function showingLine(page: number, total: number): string {
  if (total === 0) return 'Showing 0 cases';
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);
  const of = total === 1 ? '1 case' : `${total.toLocaleString('en-GB')} cases`;
  return `Showing ${first.toLocaleString('en-GB')} to ${last.toLocaleString('en-GB')} of ${of}`;
}
