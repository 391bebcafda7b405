/**
 * Narrowing the composite chronology by agency, significance test and principle, the same way
 * on screen and in the exports, and the sentence that says what was kept, written above an
 * exported table so a reader knows whether they are looking at everything.
 */
import { PRINCIPLE_LABELS, PRINCIPLES, SIGNIFICANCE_TEST_LABELS, SIGNIFICANCE_TESTS } from './chronology.ts';
import type { CompositeEntry, CompositeFilter } from './composite.ts';

/**
 * The entries that pass the filter (the screen and the exports narrow the same way). Each list
 * that is not empty must be met: an entry recorded by one of the agencies (a merged entry counts
 * for every agency that recorded it), meeting at least one of the tests, with something written
 * under at least one of the principles.
 */
export function filterEntries(entries: readonly CompositeEntry[], filter: CompositeFilter): CompositeEntry[] {
  const agencies = new Set(filter.agencies);
  return entries.filter(
    (entry) =>
      (agencies.size === 0 || entry.agencies.some((agency) => agencies.has(agency))) &&
      (filter.tests.length === 0 || filter.tests.some((test) => entry.tests[test] === true)) &&
      (filter.principles.length === 0 || filter.principles.some((principle) => entry[principle].trim() !== '')),
  );
}

/** "Police", "Police and Health", "Police, Health and Education". */
function listInWords(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)!}`;
}

/**
 * What the filter kept, as a sentence for the top of an export: "All agencies, all rows", or
 * "Police and Health; rows meeting: Part of a pattern; rows with Learning".
 */
export function describeFilter(filter: CompositeFilter): string {
  const agencies = filter.agencies.length === 0 ? 'All agencies' : listInWords(filter.agencies, 'and');
  // Canonical order, whatever order the boxes were ticked in, so one filter reads one way.
  const tests = SIGNIFICANCE_TESTS.filter((test) => filter.tests.includes(test)).map((test) => SIGNIFICANCE_TEST_LABELS[test]);
  const principles = PRINCIPLES.filter((principle) => filter.principles.includes(principle)).map((principle) => PRINCIPLE_LABELS[principle]);
  const narrowing = [...(tests.length === 0 ? [] : [`rows meeting: ${listInWords(tests, 'or')}`]), ...(principles.length === 0 ? [] : [`rows with ${listInWords(principles, 'or')}`])];
  return narrowing.length === 0 ? `${agencies}, all rows` : [agencies, ...narrowing].join('; ');
}
