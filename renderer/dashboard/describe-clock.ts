/** How the dashboard words a case's next clock: days left, and a status that does not rely on colour. */
import { CLOCK_DEFINITIONS, type ClockView } from '../../shared/reviews/clocks.ts';

export interface ClockStatusTag {
  readonly text: string;
  /** A GOV.UK tag colour modifier. */
  readonly className: string;
}

/** "3 working days left", "Due today", "2 days overdue": in the clock's own unit of days. */
export function daysLeftInWords(clock: ClockView): string {
  if (clock.state === 'met') return 'Met';
  if (clock.state === 'missed') return 'Missed';
  const left = clock.daysLeft;
  if (left === null) return '';
  if (left === 0) return 'Due today';
  const unit = CLOCK_DEFINITIONS[clock.clock].unit === 'working-days' ? 'working day' : 'day';
  const count = Math.abs(left);
  const days = `${count.toLocaleString('en-GB')} ${unit}${count === 1 ? '' : 's'}`;
  return left > 0 ? `${days} left` : `${days} overdue`;
}

export function statusTag(clock: ClockView | null, closed: boolean): ClockStatusTag {
  if (closed) return { text: 'Closed', className: 'govuk-tag--grey' };
  if (clock === null) return { text: 'No open clock', className: 'govuk-tag--grey' };
  switch (clock.rag) {
    case 'red':
      return { text: 'Overdue', className: 'govuk-tag--red' };
    case 'amber':
      return { text: 'Due soon', className: 'govuk-tag--yellow' };
    // Green, or a clock with no deadline to miss (a publication kept up for at least a year).
    case 'green':
    case null:
      return { text: 'On time', className: 'govuk-tag--green' };
  }
}
