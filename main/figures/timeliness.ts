/**
 * How each clock due in the period stands on `today`, and how long the completed ones took.
 *
 * Met: completed on or before its due date (a publication: kept up until its date at least).
 * Missed: completed after its due date — it stays missed once the stage is done — or still open
 * with its due date before `today`. Open: not completed and not yet past its due date. A
 * recorded delay or exception explains a missed clock; it does not turn it into a met one.
 * A completed clock is judged by clockStatus (shared/reviews/clock-status.ts) and an open one by
 * the rule it marks overdue by, so the figures and the case screens agree (a test compares them).
 */
import { clockStatus, type StoredClock } from '../../shared/reviews/clock-status.ts';
import { CLOCK_DEFINITIONS, CLOCKS, type ClockName, type ClockState } from '../../shared/reviews/clocks.ts';
import type { WorkingDayCalendar } from '../../shared/working-days.ts';
import { WorkingDayIndex, type WorkingDaysBetween } from './working-day-index.ts';

export function clockOutcome(clock: StoredClock, today: string, calendar: WorkingDayCalendar): ClockState {
  // A completed clock is judged without the calendar; an open one only by its due date, as
  // clockStatus judges it overdue, so the days it has left need not be counted.
  if (clock.completedOn !== null) return clockStatus(clock, today, calendar, 0).state;
  if (today <= clock.dueOn.slice(0, 10)) return 'open';
  // A publication still on the website after its date has stayed up as long as it must.
  return CLOCK_DEFINITIONS[clock.clock].direction === 'at-least' ? 'met' : 'missed';
}

function calendarDaysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}

/**
 * The days a completed clock took, in its own unit: working days (day 0 is the starting event)
 * or calendar days from the event to completion; for a clock that runs back from its event
 * (the Panel's copy before publication), the days the work came before the event. Null for
 * the clocks counted in hours or months, whose days would not compare with the others.
 */
export function daysTaken(clock: StoredClock, calendar: WorkingDaysBetween): number | null {
  if (clock.completedOn === null) return null;
  const definition = CLOCK_DEFINITIONS[clock.clock];
  const start = clock.startsOn.slice(0, 10);
  const done = clock.completedOn.slice(0, 10);
  switch (definition.unit) {
    case 'working-days':
      return calendar.workingDaysBetween(start, done);
    case 'calendar-days':
      return definition.direction === 'before' ? calendarDaysBetween(done, start) : calendarDaysBetween(start, done);
    case 'hours':
    case 'months':
      return null;
  }
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface ClockTimeliness {
  readonly clock: ClockName;
  readonly met: number;
  readonly missed: number;
  readonly open: number;
  /** Null when none completed, or the clock is counted in hours or months. */
  readonly medianDays: number | null;
}

/** One entry for every clock, in CLOCKS order, zeros included. */
export function clockTimeliness(clocks: readonly StoredClock[], today: string, calendar: WorkingDayCalendar): ClockTimeliness[] {
  const counts = new Map<ClockName, { met: number; missed: number; open: number; days: number[] }>(CLOCKS.map((clock) => [clock, { met: 0, missed: 0, open: 0, days: [] }]));
  const index = new WorkingDayIndex(
    calendar,
    clocks.flatMap((clock) => (clock.completedOn === null ? [] : [clock.startsOn, clock.completedOn])),
  );
  for (const clock of clocks) {
    const entry = counts.get(clock.clock);
    // A clock the store knows but this version does not (a later one's) is left out rather than guessed at.
    if (entry === undefined) continue;
    entry[clockOutcome(clock, today, calendar)] += 1;
    const days = daysTaken(clock, index);
    if (days !== null) entry.days.push(days);
  }
  return CLOCKS.map((clock) => {
    const entry = counts.get(clock)!;
    return { clock, met: entry.met, missed: entry.missed, open: entry.open, medianDays: median(entry.days) };
  });
}

