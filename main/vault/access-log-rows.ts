/**
 * The access log as the exports print it: the columns in order, each entry's cells in words, the
 * time as a clock in England reads it, and a sentence saying what the filter kept. The .xlsx and
 * the PDF both take their columns from here, so the Subgroup reads the same log in either.
 */
import { ACCESS_LOG_ACTIONS, type AccessLogEntry, type AccessLogFilter } from '../../shared/vault/access-log.ts';

export const ACCESS_LOG_TITLE = 'Secured files access log';

export const ACCESS_LOG_COLUMNS = ['Event', 'Date and time', 'Action', 'Person', 'Case', 'Agency', 'File', 'Purpose', 'Detail'] as const;

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface ClockParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function londonParts(iso: string): ClockParts | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

const two = (value: number): string => String(value).padStart(2, '0');

/** "26/11/2026 14:03:05", in England's time (GMT or BST); a value that is not a time is shown as it came. */
export function londonDateTime(iso: string): string {
  const parts = londonParts(iso);
  return parts === null ? iso : `${two(parts.day)}/${two(parts.month)}/${parts.year} ${two(parts.hour)}:${two(parts.minute)}:${two(parts.second)}`;
}

/**
 * The same moment as a Date whose UTC fields read England's clock: a spreadsheet's dates have no
 * time zone, so the cell must hold what a person in England saw on the clock.
 */
export function londonWallClock(iso: string): Date | null {
  const parts = londonParts(iso);
  return parts === null ? null : new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second));
}

/** An entry's cells after the first two (event number and time), in column order. */
export function entryWords(entry: AccessLogEntry): [action: string, person: string, reference: string, agency: string, file: string, purpose: string, detail: string] {
  return [ACCESS_LOG_ACTIONS[entry.action], entry.person, entry.reference, entry.agency, entry.file ?? '', entry.purpose ?? '', entry.detail];
}

/** "Showing: case RR-2026-001, agency Housing, action “Opened”." or every event. */
export function describeAccessLogFilter(filter: AccessLogFilter): string {
  const parts = [
    filter.reference ? `case ${filter.reference}` : null,
    filter.agency ? `agency ${filter.agency}` : null,
    filter.person ? `person ${filter.person}` : null,
    filter.action ? `action “${ACCESS_LOG_ACTIONS[filter.action]}”` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? 'Showing: every event, on every case and agency the exporter may see.' : `Showing: only events with ${parts.join(', ')}.`;
}
