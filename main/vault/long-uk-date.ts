/** A date as a person in England reads it ("26 November 2026"), on the London calendar. */
const LONG_UK_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

export function longUkDate(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(date.getTime()) ? String(at) : LONG_UK_DATE.format(date);
}
