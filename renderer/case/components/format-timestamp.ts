const LONDON_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
const LONDON_DATE_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/**
 * When something was entered, as the Business Unit's own calendar has it: main stores instants
 * (UTC), and an entry made at 00:30 on a summer morning belongs to that day in England.
 */
export function formatTimestampDate(instant: string): string {
  const time = Date.parse(instant);
  return Number.isNaN(time) ? instant : LONDON_DATE.format(time);
}

export function formatTimestamp(instant: string): string {
  const time = Date.parse(instant);
  return Number.isNaN(time) ? instant : LONDON_DATE_TIME.format(time).replace(',', ' at');
}
