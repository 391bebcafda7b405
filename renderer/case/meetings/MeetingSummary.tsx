import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { CIRCUMSTANCE_LABELS, RAPID_REVIEW_OUTCOME_LABELS, type RecordData } from '../../../shared/reviews/records.ts';
import { describeNamedPerson } from '../components/RecordMeta.tsx';
import { ClockTag, clocksFor } from '../stages/ClockTag.tsx';
import { dateTimeText, NOT_RECORDED, text, yesNoText } from '../stages/describe-values.ts';
import { SummaryRows } from '../stages/SummaryRows.tsx';
import { describeQuorum } from './quorum.ts';

/** The quorum in words and a tag: quorate or not, and who was missing. */
export function QuorumLine({ view, meetingId }: { view: CaseView; meetingId: number }) {
  const quorum = describeQuorum(view.meetings.find((candidate) => candidate.meetingId === meetingId));
  return (
    <p className="govuk-body" data-testid={`quorum-${meetingId}`}>
      <strong className={`govuk-tag ${quorum.quorate ? 'govuk-tag--green' : 'govuk-tag--red'}`}>{quorum.quorate ? 'Quorate' : 'Not quorate'}</strong> {quorum.words}
    </p>
  );
}

/** What a meeting's record holds, in the order the meeting works through it. */
export function MeetingSummary({ view, meetingId, meeting }: { view: CaseView; meetingId: number; meeting: RecordData<'meeting'> }) {
  const papersClocks = clocksFor(view.clocks, 'papers', `meeting:${meetingId}`);
  const late = meeting.latePapersReason !== '' || meeting.readingTimeGiven !== '' || papersClocks.some((clock) => clock.state === 'missed');
  return (
    <>
      <QuorumLine view={view} meetingId={meetingId} />
      {papersClocks.map((clock) => (
        <ClockTag key={clock.subject} clock={clock} />
      ))}
      <SummaryRows
        testId={`meeting-summary-${meetingId}`}
        rows={[
          { key: 'Chair', value: describeNamedPerson(meeting.chair) },
          { key: 'Attendance', value: meeting.attendees.length === 0 ? NOT_RECORDED : meeting.attendees.map(describeNamedPerson).join('\n') },
          { key: 'Papers shared', value: dateTimeText(meeting.papersSharedOn, meeting.papersSharedAt) },
          ...(late
            ? [
                { key: 'Why the papers were late', value: text(meeting.latePapersReason) },
                { key: 'Reading time given', value: text(meeting.readingTimeGiven) },
              ]
            : []),
          { key: 'The facts', value: text(meeting.facts) },
          { key: 'Immediate safety actions', value: text(meeting.immediateSafetyActions) },
          { key: 'Potential learning', value: text(meeting.potentialLearning) },
          { key: 'Information still pending', value: text(meeting.pendingInformation) },
          { key: 'Circumstances', value: meeting.circumstances.length === 0 ? 'None recorded' : meeting.circumstances.map((circumstance) => CIRCUMSTANCE_LABELS[circumstance]).join(', ') },
          { key: 'Notes on the circumstances', value: text(meeting.circumstancesNotes) },
          { key: 'Outcome', value: meeting.outcome === null ? 'Not decided yet' : RAPID_REVIEW_OUTCOME_LABELS[meeting.outcome] },
          { key: 'Rationale for the outcome', value: text(meeting.outcomeRationale) },
          { key: 'A national review may be appropriate', value: yesNoText(meeting.nationalReviewMayBeAppropriate) },
        ]}
      />
    </>
  );
}
