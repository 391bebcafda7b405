/**
 * The meeting papers clock (policy 18: papers shared at least 24 hours before the meeting) as
 * the meeting pack's panel says it: "Share the papers by Tuesday 1 December 2026, 10:00 — 24
 * hours before the meeting". Main's clock is the record; this only puts it into words.
 */
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import type { ClockView } from '../../../shared/reviews/clocks.ts';
import { formatDate } from '../../components/format-date.ts';
import { papersHours } from '../../case/meetings/papers-timing.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Tuesday 1 December 2026, 10:00" from "2026-12-01T10:00"; the weekday from the calendar date alone, so no time zone moves it. */
export function formatDeadline(dateTime: string): string {
  const [date = dateTime, time] = dateTime.split('T');
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const weekday = match === null ? undefined : WEEKDAYS[new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay()];
  const day = weekday === undefined ? formatDate(date) : `${weekday} ${formatDate(date)}`;
  return time === undefined ? day : `${day}, ${time}`;
}

export interface PapersDeadline {
  readonly sentence: string;
  /** Late or missed: shown as a warning. */
  readonly late: boolean;
}

/** The papers clock that matters now: the open one due soonest, else the one that ran last. */
function currentPapersClock(clocks: readonly ClockView[]): ClockView | undefined {
  const papers = clocks.filter((clock) => clock.clock === 'papers');
  const open = papers.filter((clock) => clock.state === 'open').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return open[0] ?? papers.sort((a, b) => b.dueOn.localeCompare(a.dueOn))[0];
}

/** The papers deadline in a sentence, or null when no meeting is booked (the clock starts with the meeting). */
export function papersDeadline(view: CaseView): PapersDeadline | null {
  const clock = currentPapersClock(view.clocks);
  if (clock === undefined) return null;
  const hours = papersHours(view);
  const before = `${hours} ${hours === 1 ? 'hour' : 'hours'} before the meeting`;
  const by = formatDeadline(clock.dueOn);
  if (clock.state === 'met') return { sentence: `The papers were shared${clock.completedOn === null ? '' : ` on ${formatDeadline(clock.completedOn)}`}, in time: they were due by ${by}, ${before}.`, late: false };
  if (clock.state === 'missed') return { sentence: `The papers were due by ${by}, ${before}, and went late.`, late: true };
  const late = clock.rag === 'red';
  return { sentence: late ? `The papers are late: they were due by ${by} — ${before}.` : `Share the papers by ${by} — ${before}.`, late };
}
