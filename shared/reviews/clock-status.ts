/**
 * Working out a clock: its due date from the starting event and the policy's amount, and, for
 * a given day, how many days are left and its red / amber / green status. Pure, so main, the
 * figures and the tests all reach the same answer.
 */
import { addCalendarDays, type IsoDate, type WorkingDayCalendar } from '../working-days.ts';
import { CLOCK_DEFINITIONS, describeRule, type ClockName, type ClockView } from './clocks.ts';

/** A clock as the store keeps it: the due date is fixed when the clock starts. */
export interface StoredClock {
  readonly clock: ClockName;
  readonly subject: string;
  /** The event the clock counts from or to: a date, or for the papers clock a date and time (YYYY-MM-DDTHH:MM). */
  readonly startsOn: string;
  readonly dueOn: string;
  readonly amount: number;
  readonly completedOn: string | null;
}

export interface ClockException {
  readonly reason: string;
  readonly panelToldOn: string | null;
}

function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  // 31 January plus one month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

function subtractHours(dateTime: string, hours: number): string {
  const time = Date.parse(`${dateTime}:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`"${dateTime}" is not a date and time written as YYYY-MM-DDTHH:MM.`);
  // Wall-clock arithmetic: "24 hours before 10:00 on Tuesday" is 10:00 on Monday, whatever the clocks did overnight.
  return new Date(time - hours * 3_600_000).toISOString().slice(0, 16);
}

/** The due date (or date and time) of a clock that counts from, or back from, `event`. */
export function dueDateFor(clock: ClockName, event: string, amount: number, calendar: WorkingDayCalendar): string {
  const definition = CLOCK_DEFINITIONS[clock];
  switch (definition.unit) {
    case 'working-days':
      return calendar.addWorkingDays(event, amount);
    case 'calendar-days':
      return addCalendarDays(event, definition.direction === 'before' ? -amount : amount);
    case 'hours':
      return subtractHours(event, amount);
    case 'months':
      return addMonths(event, amount);
  }
}

function calendarDaysBetween(start: IsoDate, end: IsoDate): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}

/** The clock as the screens show it, on `today` (Europe/London). */
export function clockStatus(stored: StoredClock, today: IsoDate, calendar: WorkingDayCalendar, amberWorkingDays: number, exception: ClockException | null = null): ClockView {
  const definition = CLOCK_DEFINITIONS[stored.clock];
  const base = {
    clock: stored.clock,
    subject: stored.subject,
    label: definition.label,
    rule: describeRule(stored.clock, stored.amount),
    startsOn: stored.startsOn,
    dueOn: stored.dueOn,
    completedOn: stored.completedOn,
    exception,
  };
  if (stored.completedOn !== null) {
    // A publication must stay up until its date; every other clock must be done by its date.
    const met = definition.direction === 'at-least' ? stored.completedOn >= stored.dueOn : stored.completedOn <= stored.dueOn;
    return { ...base, state: met ? 'met' : 'missed', daysLeft: null, rag: met ? null : 'red' };
  }
  const due = stored.dueOn.slice(0, 10);
  const daysLeft = definition.unit === 'working-days' ? calendar.workingDaysBetween(today, due) : calendarDaysBetween(today, due);
  if (definition.direction === 'at-least') return { ...base, state: 'open', daysLeft, rag: null };
  const overdue = today > due;
  const rag = overdue ? 'red' : daysLeft <= amberWorkingDays ? 'amber' : 'green';
  return { ...base, state: 'open', daysLeft: overdue ? Math.min(daysLeft, -1) : daysLeft, rag };
}

/** Today's calendar date in England, whatever the computer's own time zone. */
export function todayInLondon(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
