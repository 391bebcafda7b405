/**
 * The meeting a case's papers are for: the next meeting on or after a given day (a letter's date,
 * the day a pack is made), else the latest one held. Letters and the meeting pack both name it.
 */
import { recordsOf } from '../reviews/case-state.ts';
import type { StoredRecord } from '../store/repositories/case-records.ts';

export interface MeetingTime {
  readonly heldOn: string;
  readonly startsAt: string;
}

export function meetingFor(records: readonly StoredRecord[], onOrAfter: string): MeetingTime | null {
  const meetings = recordsOf(records, 'meeting')
    .map((meeting) => ({ heldOn: meeting.data.heldOn, startsAt: meeting.data.startsAt }))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.startsAt.localeCompare(b.startsAt));
  return meetings.find((meeting) => meeting.heldOn >= onOrAfter) ?? meetings.at(-1) ?? null;
}
