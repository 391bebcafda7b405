import { CLOCK_DEFINITIONS, type ClockView } from '../../../shared/reviews/clocks.ts';
import { formatDate } from '../../components/format-date.ts';

/** A clock's date, or for the papers clock its date and time: "27 March 2026 at 10:00". */
export function formatClockDate(value: string): string {
  const [date, time] = value.split('T');
  return time === undefined ? formatDate(value) : `${formatDate(date ?? value)} at ${time}`;
}

/** Days left in the clock's own unit, in words: "3 working days left", "2 days overdue". */
export function describeDaysLeft(clock: ClockView): string | null {
  if (clock.daysLeft === null) return null;
  const unit = CLOCK_DEFINITIONS[clock.clock].unit === 'working-days' ? 'working day' : 'day';
  const count = Math.abs(clock.daysLeft);
  const words = `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (clock.daysLeft < 0) return `${words} overdue`;
  if (clock.daysLeft === 0) return 'Due today';
  return `${words} left`;
}

export interface ClockStatusWords {
  readonly text: string;
  /** GOV.UK tag colour class; the words carry the meaning, the colour only repeats it. */
  readonly tagClass: string;
}

export function clockStatusWords(clock: ClockView): ClockStatusWords {
  if (clock.state === 'met') return { text: 'Met', tagClass: 'govuk-tag--grey' };
  if (clock.state === 'missed') return { text: 'Missed', tagClass: 'govuk-tag--red' };
  switch (clock.rag) {
    case 'red':
      return { text: 'Overdue', tagClass: 'govuk-tag--red' };
    case 'amber':
      return { text: 'Due soon', tagClass: 'govuk-tag--orange' };
    case 'green':
      return { text: 'On time', tagClass: 'govuk-tag--green' };
    case null:
      // An "at least" clock (a publication kept on the website) is not late while it runs.
      return { text: 'Running', tagClass: 'govuk-tag--blue' };
  }
}
