/**
 * Dates as UK writing gives them: 2015-03-04, 04/03/2015, 4/3/2015, 4.3.15, 4 March 2015,
 * 4th of March 2015, March 4, 2015, and the partial forms a date of birth is sometimes given in
 * (4 March, March 2015). One pass of a few patterns over the text; the register then compares the
 * dates found with its dates of birth, and the detectors look for dates near "born".
 */

export interface FoundDate {
  readonly start: number;
  readonly end: number;
  readonly day: number | null;
  readonly month: number;
  readonly year: number | null;
  /** 2 for "4.3.15", 4 for "4.3.2015", null when no year was written. */
  readonly yearDigits: 2 | 4 | null;
  /** Written in figures only, so 04/03/2015 may be an American 3 April as well. */
  readonly numeric: boolean;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = '(january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

const ISO = /(?<![\w.\-/])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w]|[.\-/]\d)/g;
const FIGURES = /(?<![\w.\-/])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[.\-/]\d)/g;
const DAY_MONTH = new RegExp(`(?<![\\w])(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH_WORD}(?:,?\\s+(\\d{4}))?(?![\\w])`, 'giu');
const MONTH_DAY = new RegExp(`(?<![\\w])${MONTH_WORD}\\s+(\\d{1,2})${ORDINAL}(?:,?\\s+(\\d{4}))?(?![\\w])`, 'giu');
const MONTH_YEAR = new RegExp(`(?<![\\w])${MONTH_WORD},?\\s+(\\d{4})(?![\\w])`, 'giu');

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTH_NAMES.findIndex((name) => name.startsWith(lower.slice(0, 3))) + 1;
}

function plausible(day: number | null, month: number): boolean {
  return month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= 31));
}

function allMatches(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (match: RegExpMatchArray, day: number | null, month: number, yearText: string | undefined, numeric: boolean): void => {
    if (!plausible(day, month)) return;
    const year = yearText === undefined ? null : Number(yearText);
    const yearDigits = yearText === undefined ? null : yearText.length === 2 ? 2 : 4;
    found.push({ start: match.index!, end: match.index! + match[0].length, day, month, year, yearDigits, numeric });
  };
  for (const match of text.matchAll(ISO)) add(match, Number(match[3]), Number(match[2]), match[1], true);
  for (const match of text.matchAll(FIGURES)) add(match, Number(match[1]), Number(match[3]), match[4], true);
  for (const match of text.matchAll(DAY_MONTH)) add(match, Number(match[1]), monthNumber(match[2]!), match[3], false);
  for (const match of text.matchAll(MONTH_DAY)) add(match, Number(match[2]), monthNumber(match[1]!), match[3], false);
  for (const match of text.matchAll(MONTH_YEAR)) add(match, null, monthNumber(match[1]!), match[2], false);
  return found;
}

/** Every date in the text, the longest reading where two overlap, in text order. */
export function findDates(text: string): FoundDate[] {
  const byLength = allMatches(text).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FoundDate[] = [];
  for (const date of byLength) if (!kept.some((other) => date.start < other.end && other.start < date.end)) kept.push(date);
  return kept.sort((a, b) => a.start - b.start);
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * The keys a whole date could mean: "2015-03-04", or "15-03-04" when only two figures of the
 * year were written; a date in figures also in its American reading, since matching a date of
 * birth too often is the safe error. A partial date has no keys.
 */
export function dateKeys(date: FoundDate): string[] {
  if (date.day === null || date.year === null) return [];
  const year = date.yearDigits === 2 ? pad(date.year % 100) : String(date.year);
  const keys = [`${year}-${pad(date.month)}-${pad(date.day)}`];
  if (date.numeric && date.day <= 12 && date.day !== date.month) keys.push(`${year}-${pad(date.day)}-${pad(date.month)}`);
  return keys;
}

/** The keys a register's date of birth answers to: its full date and its two-figure-year form. */
export function birthDateKeys(value: string): string[] {
  const keys: string[] = [];
  for (const date of findDates(value)) {
    if (date.day === null || date.year === null || date.yearDigits !== 4) continue;
    // A date of birth in the register is entered in the UK order (or ISO): no American reading.
    const day = pad(date.day);
    const month = pad(date.month);
    keys.push(`${date.year}-${month}-${day}`, `${pad(date.year % 100)}-${month}-${day}`);
  }
  return keys;
}
