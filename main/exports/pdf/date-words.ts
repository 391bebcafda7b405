/**
 * Calendar dates (YYYY-MM-DD) written out as a letter writes them: "Wednesday 2 December 2026",
 * "2 December 2026", and "2 Dec 2026" where a table column is narrow. Read as text and computed
 * in UTC, so no time zone can move a date to the day before. Anything that is not a real date
 * is returned as it came, so a bad value shows rather than vanishes.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
}

function readDate(isoDate: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day, weekday: date.getUTCDay() };
}

/** "Wednesday 2 December 2026". */
export function dateWithWeekday(isoDate: string): string {
  const date = readDate(isoDate);
  return date ? `${WEEKDAYS[date.weekday]} ${date.day} ${MONTHS[date.month - 1]} ${date.year}` : isoDate;
}

/** "2 December 2026". */
export function dateInWords(isoDate: string): string {
  const date = readDate(isoDate);
  return date ? `${date.day} ${MONTHS[date.month - 1]} ${date.year}` : isoDate;
}

/** "2 Dec 2026": for table columns. */
export function shortDate(isoDate: string): string {
  const date = readDate(isoDate);
  return date ? `${date.day} ${MONTHS[date.month - 1]!.slice(0, 3)} ${date.year}` : isoDate;
}

/** The calendar date `days` after (or, negative, before) an ISO date; the input itself when it is not a date. */
export function addDays(isoDate: string, days: number): string {
  const date = readDate(isoDate);
  if (!date) return isoDate;
  return new Date(Date.UTC(date.year, date.month - 1, date.day + days)).toISOString().slice(0, 10);
}
