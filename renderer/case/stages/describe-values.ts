/** How the summaries write what a record holds: dates as GOV.UK writes them, and words for blanks. */
import { formatDate } from '../../components/format-date.ts';

export const NOT_RECORDED = 'Not recorded';

export function dateText(value: string | null): string {
  return value === null || value === '' ? NOT_RECORDED : formatDate(value);
}

export function yesNoText(value: boolean | null): string {
  if (value === null) return NOT_RECORDED;
  return value ? 'Yes' : 'No';
}

export function text(value: string): string {
  return value.trim() === '' ? NOT_RECORDED : value;
}

/** "27 March 2026 at 10:00" from a date and a time that may be missing. */
export function dateTimeText(date: string | null, time: string | null): string {
  if (date === null || date === '') return NOT_RECORDED;
  return time === null || time === '' ? formatDate(date) : `${formatDate(date)} at ${time}`;
}

/** "Police", "Police and Education", "Police, Housing and Education". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
