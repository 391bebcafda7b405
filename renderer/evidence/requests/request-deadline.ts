/**
 * A request's deadline as a GOV.UK tag: words first ("Overdue by 2 working days", "Due today",
 * "3 working days left", "Received"), the colour only repeating them — red once overdue, amber
 * when due soon by the policy's measure, green while in time, as the case's clocks show.
 */
import type { RequestView } from '../../../shared/evidence/requests.ts';

export interface DeadlineTag {
  readonly words: string;
  readonly tagClass: string;
}

function workingDays(count: number): string {
  return `${count} working ${count === 1 ? 'day' : 'days'}`;
}

export function requestDeadline(request: Pick<RequestView, 'state' | 'workingDaysLeft'>, amberWorkingDays: number): DeadlineTag {
  if (request.state === 'received') return { words: 'Received', tagClass: 'govuk-tag--grey' };
  const left = request.workingDaysLeft;
  // Main says overdue once today is past the due date, even when the days left are not sent.
  if (request.state === 'overdue' || (left !== null && left < 0)) {
    return { words: left === null || left >= 0 ? 'Overdue' : `Overdue by ${workingDays(-left)}`, tagClass: 'govuk-tag--red' };
  }
  if (left === null) return { words: 'Awaited', tagClass: 'govuk-tag--blue' };
  const tagClass = left <= amberWorkingDays ? 'govuk-tag--orange' : 'govuk-tag--green';
  return { words: left === 0 ? 'Due today' : `${workingDays(left)} left`, tagClass };
}
