/**
 * Working days as the policy counts them (DOMAIN.md, "The stages and their clocks"): weekends
 * and England and Wales bank holidays are not working days, and day 0 is the day of the event
 * that starts the clock, so "within 5 working days" of a Friday is the following Friday.
 *
 * Dates are calendar dates, 'YYYY-MM-DD', as a person in England reads them. They are handled
 * as UTC midnights purely for arithmetic, so no time zone or clock change can move them.
 */
import { SHIPPED_BANK_HOLIDAYS } from './bank-holidays-england-and-wales.ts';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The calendar date, or null if the text is not a real date ('2026-02-30' is not). */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

function requireDate(text: IsoDate): Date {
  const date = parseIsoDate(text);
  if (date === null) throw new RangeError(`"${text}" is not a date written as YYYY-MM-DD.`);
  return date;
}

function format(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addCalendarDays(start: IsoDate, days: number): IsoDate {
  return format(new Date(requireDate(start).getTime() + days * DAY_MS));
}

export class WorkingDayCalendar {
  private readonly holidays: ReadonlySet<IsoDate>;

  constructor(holidays: Iterable<IsoDate>) {
    this.holidays = new Set(holidays);
  }

  isWorkingDay(date: IsoDate): boolean {
    const weekday = requireDate(date).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(date);
  }

  /** The date that is `count` working days after `start` (day 0); `count` 0 is `start` itself. */
  addWorkingDays(start: IsoDate, count: number): IsoDate {
    if (!Number.isInteger(count) || count < 0) throw new RangeError('The number of working days must be a whole number, 0 or more.');
    let date = format(requireDate(start));
    for (let counted = 0; counted < count; ) {
      date = addCalendarDays(date, 1);
      if (this.isWorkingDay(date)) counted += 1;
    }
    return date;
  }

  /**
   * Working days after `start` up to and including `end`: the inverse of addWorkingDays, so a
   * clock due on `end` has used this many of its days. Negative when `end` comes first.
   */
  workingDaysBetween(start: IsoDate, end: IsoDate): number {
    const from = requireDate(start).getTime();
    const to = requireDate(end).getTime();
    if (to < from) return 0 - this.workingDaysBetween(end, start);
    // Whole weeks hold five weekdays each; only the days left over are looked at one by one, so a
    // dashboard of thousands of long-overdue clocks does not walk every day of every delay.
    const days = Math.round((to - from) / DAY_MS);
    const weeks = Math.floor(days / 7);
    let count = weeks * 5;
    for (let time = from + (weeks * 7 + 1) * DAY_MS; time <= to; time += DAY_MS) {
      const weekday = new Date(time).getUTCDay();
      if (weekday !== 0 && weekday !== 6) count += 1;
    }
    for (const holiday of this.holidays) {
      const time = Date.parse(`${holiday}T00:00:00Z`);
      if (time > from && time <= to) {
        const weekday = new Date(time).getUTCDay();
        if (weekday !== 0 && weekday !== 6) count -= 1;
      }
    }
    return count;
  }
}

/** The calendar shipped with the app: England and Wales, 2018 to 2028. */
export const SHIPPED_CALENDAR = new WorkingDayCalendar(SHIPPED_BANK_HOLIDAYS.map(([date]) => date));
