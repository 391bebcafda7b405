import type { RecordData } from '../../../shared/reviews/records.ts';
import { formatDate } from '../../components/format-date.ts';

/** "Rapid review meeting on 20 March 2026 at 10:00". */
export function meetingName(meeting: RecordData<'meeting'>): string {
  const kind = meeting.meetingKind === 'rapid-review' ? 'Rapid review meeting' : 'Multi-agency review meeting';
  return `${kind} on ${formatDate(meeting.heldOn)} at ${meeting.startsAt}`;
}
