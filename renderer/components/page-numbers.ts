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
