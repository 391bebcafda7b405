/**
 * Dates and times as people in the UK type them into a chronology, and as Excel stores them.
 *
 * Day first, always: 03/02/2025 is 3 February 2025. Guessing the order per cell would move an
 * event by months without anyone noticing, and the agencies sending chronologies are English.
 * A two-digit year is the latest year not in the future (relative to `today`), so "25" written
 * in 2026 is 2025 and "27" is 1927. Text that looks like a date but is not one ("31/02/2025")
 * is told apart from text that is not a date at all, so a message can say which.
 */

export interface DateAndTime {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** HH:MM (24-hour), or null when no time was given. */
  readonly time: string | null;
}

/** What a piece of text turned out to be: a date, something shaped like one that is impossible, or neither. */
export type DateTextReading = ({ readonly kind: 'date' } & DateAndTime) | { readonly kind: 'not-real' } | { readonly kind: 'not-a-date' };

export type TimeTextReading = { readonly kind: 'time'; readonly time: string } | { readonly kind: 'not-real' } | { readonly kind: 'not-a-time' };

const NOT_REAL = { kind: 'not-real' } as const;
const NOT_A_DATE = { kind: 'not-a-date' } as const;
const NOT_A_TIME = { kind: 'not-a-time' } as const;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** A weekday in front of the date ("Monday 3 February 2025") says nothing the date does not. */
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?`;
/** Between the parts of a date: / - . or spaces, with stray spaces around them ("03 / 02 / 2025"). */
const SEP = String.raw`\s*[\/.\-\s]\s*`;
const YEAR = String.raw`(\d{4}|\d{2})`;
/** Whatever follows the date: empty, or a time after a space, comma, "at", "@" or ISO's "T". */
const REST = String.raw`(?:(?:\s*,\s*|\s+at\s+|\s*@\s*|\s+|t)(.+))?`;

const ISO = new RegExp(String.raw`^(\d{4})[\-\/.](\d{1,2})[\-\/.](\d{1,2})${REST}$`);
const DAY_MONTH_YEAR = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})${SEP}(\d{1,2})${SEP}${YEAR}${REST}$`);
const DAY_MONTHNAME_YEAR = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s*[\/.\-\s,]?\s*([a-z]+)\.?,?${SEP}${YEAR}${REST}$`);
/** "February 3, 2025": unambiguous because the month is a word, so it is read too (four-digit years only). */
const MONTHNAME_DAY_YEAR = new RegExp(String.raw`^${WEEKDAY}([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${REST}$`);
/** An ISO time with a zone ("14:30:00Z", "14:30+01:00"): the instant is turned into the time in England. */
const ISO_ZONED_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})$/;

const CLOCK = /^(\d{1,2})\s*[:.h]\s*(\d{2})(?:\s*[:.]\s*(\d{2})(?:\.\d+)?)?\s*(am|pm)?$/;
const HOUR_ONLY = /^(\d{1,2})\s*(am|pm)$/;
const FOUR_DIGITS = /^(\d{1,2})(\d{2})$/;

/** Reads typed text as a UK date, with a time if one follows it. `today` is YYYY-MM-DD. */
export function readDateTextDetailed(text: string, today: string): DateTextReading {
  const cleaned = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (cleaned === '') return NOT_A_DATE;

  const iso = ISO.exec(cleaned);
  if (iso !== null) return withTime(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]);

  const numeric = DAY_MONTH_YEAR.exec(cleaned);
  if (numeric !== null) return withTime(fullYear(numeric[3]!, today), Number(numeric[2]), Number(numeric[1]), numeric[4]);

  const named = DAY_MONTHNAME_YEAR.exec(cleaned);
  if (named !== null) {
    const month = MONTHS[named[2]!];
    return month === undefined ? NOT_A_DATE : withTime(fullYear(named[3]!, today), month, Number(named[1]), named[4]);
  }

  const monthFirst = MONTHNAME_DAY_YEAR.exec(cleaned);
  if (monthFirst !== null) {
    const month = MONTHS[monthFirst[1]!];
    return month === undefined ? NOT_A_DATE : withTime(Number(monthFirst[3]), month, Number(monthFirst[2]), monthFirst[4]);
  }
  return NOT_A_DATE;
}

/**
 * The date (and time, if one is written) in typed UK text, or null when it is not a readable,
 * real date. `today` is YYYY-MM-DD, for two-digit years.
 */
export function readDateText(text: string, today: string): { date: string; time: string | null } | null {
  const reading = readDateTextDetailed(text, today);
  return reading.kind === 'date' ? { date: reading.date, time: reading.time } : null;
}

/** Reads a typed time: "14:30", "14.30", "2:30pm", "2.30 pm", "2pm", "1430", "14:30:15", "noon". */
export function readTimeText(text: string): TimeTextReading {
  // Most times are already written HH:MM, as the template asks.
  if (/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(text)) return { kind: 'time', time: text };
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/([ap])\.?\s?m\.?$/, '$1m')
    .replace(/\s*(?:hrs|hours|hr)$/, '');
  if (cleaned === 'noon' || cleaned === 'midday') return { kind: 'time', time: '12:00' };
  if (cleaned === 'midnight') return { kind: 'time', time: '00:00' };

  const clock = CLOCK.exec(cleaned);
  if (clock !== null) return clockTime(Number(clock[1]), Number(clock[2]), clock[4]);
  const hourOnly = HOUR_ONLY.exec(cleaned);
  if (hourOnly !== null) return clockTime(Number(hourOnly[1]), 0, hourOnly[2]);
  const digits = FOUR_DIGITS.exec(cleaned);
  if (digits !== null) return clockTime(Number(digits[1]), Number(digits[2]), undefined);
  return NOT_A_TIME;
}

/**
 * An Excel serial number as a date and time. In the 1900 system day 1 is 1 January 1900 and
 * Excel counts a 29 February 1900 that never was (serial 60), so serials from 61 on are one day
 * ahead of a plain count; in the 1904 system (older Mac workbooks) day 0 is 1 January 1904.
 * Returns null for a serial that is not a date (below day 1, or the phantom 29 February 1900).
 */
export function dateFromSerial(serial: number, date1904: boolean): DateAndTime | null {
  if (!Number.isFinite(serial)) return null;
  // Rounded to the minute first, so 14:29:59.9999 stored as a float reads as 14:30.
  const minutes = Math.round(serial * 1440);
  let days = Math.floor(minutes / 1440);
  const minuteOfDay = minutes - days * 1440;
  if (date1904) {
    if (days < 0) return null;
    days += 1462;
  } else {
    if (days < 1 || days === 60) return null;
    if (days < 60) days += 1;
  }
  return { date: isoDateOfDay(days), time: minuteOfDay === 0 ? null : formatMinutes(minuteOfDay) };
}

/** Day numbers already turned into dates: a chronology repeats its dates, and the import reads tens of thousands. */
const isoDates = new Map<number, string>();
const MAX_REMEMBERED_DATES = 50_000;

/** The date `days` after 30 December 1899 (day 0 of the corrected 1900 system). */
function isoDateOfDay(days: number): string {
  let date = isoDates.get(days);
  if (date === undefined) {
    date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
    if (isoDates.size >= MAX_REMEMBERED_DATES) isoDates.clear();
    isoDates.set(days, date);
  }
  return date;
}

/** The time of day in an Excel number: the fraction of a day (a whole part, if any, is the date and is ignored). */
export function timeFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const minutes = Math.round(serial * 1440) % 1440;
  return formatMinutes(minutes);
}

/**
 * A date exceljs made from a cell formatted as a date. exceljs builds it as a UTC instant from
 * the serial, so the UTC parts are the date and time as the sheet shows them; local parts would
 * shift an event by a day for anyone west of Greenwich.
 */
export function dateFromCellDate(value: Date): DateAndTime | null {
  if (Number.isNaN(value.getTime())) return null;
  const minutes = Math.round(value.getTime() / 60_000);
  const whole = new Date(minutes * 60_000);
  const minuteOfDay = whole.getUTCHours() * 60 + whole.getUTCMinutes();
  return { date: whole.toISOString().slice(0, 10), time: minuteOfDay === 0 ? null : formatMinutes(minuteOfDay) };
}

function fullYear(written: string, today: string): number {
  const year = Number(written);
  if (written.length === 4) return year;
  const thisYear = Number(today.slice(0, 4));
  const candidate = Math.floor(thisYear / 100) * 100 + year;
  return candidate > thisYear ? candidate - 100 : candidate;
}

function withTime(year: number, month: number, day: number, timeText: string | undefined): DateTextReading {
  if (!isRealDate(year, month, day)) return NOT_REAL;
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (timeText === undefined) return { kind: 'date', date, time: null };

  const zoned = ISO_ZONED_TIME.exec(timeText.trim());
  if (zoned !== null) return zonedToEngland(date, Number(zoned[1]), Number(zoned[2]), zoned[4]!);

  const time = readTimeText(timeText);
  if (time.kind === 'time') return { kind: 'date', date, time: time.time };
  return time.kind === 'not-real' ? NOT_REAL : NOT_A_DATE;
}

/** Years before 1900 are typing slips ("0205" for "2025"), not events in a child's life. */
function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function clockTime(hour: number, minute: number, meridiem: string | undefined): TimeTextReading {
  if (minute > 59) return NOT_REAL;
  if (meridiem === undefined) return hour > 23 ? NOT_REAL : { kind: 'time', time: `${pad(hour)}:${pad(minute)}` };
  if (hour < 1 || hour > 12) return NOT_REAL;
  const hour24 = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  return { kind: 'time', time: `${pad(hour24)}:${pad(minute)}` };
}

const ENGLAND_CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function zonedToEngland(date: string, hour: number, minute: number, zone: string): DateTextReading {
  if (hour > 23 || minute > 59) return NOT_REAL;
  let offsetMinutes = 0;
  if (zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  const instant = Date.parse(`${date}T00:00:00Z`) + (hour * 60 + minute - offsetMinutes) * 60_000;
  const parts = Object.fromEntries(ENGLAND_CLOCK.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return { kind: 'date', date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

function formatMinutes(minuteOfDay: number): string {
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
