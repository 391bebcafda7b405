/** The access log screen's words: what the filter is, how many events show, and which. */
import { ACCESS_LOG_ACTIONS, type AccessLogFilter } from '../../shared/vault/access-log.ts';

/** The filter as the screen holds it: '' where a select is left on "All". */
export interface LogFilterChoices {
  readonly reference: string;
  readonly agency: string;
  readonly person: string;
  readonly action: string;
}

export const NO_CHOICES: LogFilterChoices = { reference: '', agency: '', person: '', action: '' };

export function isFiltered(choices: LogFilterChoices): boolean {
  return Object.values(choices).some((value) => value !== '');
}

function isAction(value: string): value is keyof typeof ACCESS_LOG_ACTIONS {
  return Object.hasOwn(ACCESS_LOG_ACTIONS, value);
}

/** The filter as the call takes it: only the choices made. */
export function filterFrom(choices: LogFilterChoices): AccessLogFilter {
  return {
    ...(choices.reference === '' ? {} : { reference: choices.reference }),
    ...(choices.agency === '' ? {} : { agency: choices.agency }),
    ...(choices.person === '' ? {} : { person: choices.person }),
    ...(isAction(choices.action) ? { action: choices.action } : {}),
  };
}

const events = (count: number): string => (count === 1 ? '1 event' : `${count.toLocaleString('en-GB')} events`);

/** "Showing 51 to 100 of 230 events", or that nothing matches. */
export function showingLine(page: number, pageSize: number, total: number, filtered: boolean): string {
  if (total === 0) return filtered ? 'No events match these filters.' : 'There are no events in the log yet.';
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return `Showing ${first.toLocaleString('en-GB')} to ${last.toLocaleString('en-GB')} of ${events(total)}${filtered ? ` that ${total === 1 ? 'matches' : 'match'} the filters` : ''}`;
}
