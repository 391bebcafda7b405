/**
 * Whether a meeting's papers went out later than the policy asks (policy 18: at least 24 hours
 * before, by default). Main's papers clock is the record; this only decides whether the form asks
 * for the reason and the reading time while the person is typing.
 */
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { CLOCK_DEFINITIONS } from '../../../shared/reviews/clocks.ts';

function wallClock(dateTime: string): number {
  // Read as UTC on purpose: "24 hours before 10:00 on Tuesday" is 10:00 on Monday, whatever the clocks do overnight.
  return Date.parse(`${dateTime}:00Z`);
}

/** The policy's hours, read back from a papers clock main has started (it fixes the amount when it starts). */
export function papersHours(view: CaseView): number {
  for (const clock of view.clocks) {
    if (clock.clock !== 'papers') continue;
    const hours = (wallClock(clock.startsOn) - wallClock(clock.dueOn)) / 3_600_000;
    if (Number.isFinite(hours) && hours > 0) return Math.round(hours);
  }
  return CLOCK_DEFINITIONS.papers.defaultAmount;
}

export interface PapersTiming {
  readonly heldOn: string;
  readonly startsAt: string;
  readonly papersSharedOn: string;
  readonly papersSharedAt: string;
}

export function papersLate(timing: PapersTiming, hours: number): boolean {
  const meeting = wallClock(`${timing.heldOn}T${timing.startsAt}`);
  // With no time given, main takes the papers to have gone at the end of that day; so does this.
  const shared = wallClock(`${timing.papersSharedOn}T${timing.papersSharedAt === '' ? '23:59' : timing.papersSharedAt}`);
  if (Number.isNaN(meeting) || Number.isNaN(shared)) return false;
  return meeting - shared < hours * 3_600_000;
}
