/**
 * The six significance tests' yes/no cells, as agencies fill them: the template's Yes/No list,
 * but also Y/N, TRUE/FALSE (Excel's own booleans), 1/0, and a tick or an "x" in the box.
 * Anything else is not guessed at: the reader reports it and leaves the test unanswered.
 */

const YES: ReadonlySet<string> = new Set(['yes', 'y', 'true', '✓', '✔', '☑', 'x', '1']);
const NO: ReadonlySet<string> = new Set(['no', 'n', 'false', '0']);

/** True or false for a yes/no answer, null for a blank cell, undefined when it is neither. */
export function readYesNo(value: string | number | boolean | null): boolean | null | undefined {
  if (value === null) return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  // The template's own list gives exactly these two: no need to tidy them first.
  if (value === 'Yes') return true;
  if (value === 'No') return false;
  const answer = value.trim().toLowerCase().replace(/[.!]+$/, '');
  if (answer === '') return null;
  if (YES.has(answer)) return true;
  if (NO.has(answer)) return false;
  return undefined;
}
