import type { ClockView } from '../../../shared/reviews/clocks.ts';
import type { RecordData, RecordView } from '../../../shared/reviews/records.ts';
import { meetingName } from '../meetings/meeting-name.ts';
import { formatDate } from '../../components/format-date.ts';
import { ClockTag } from './ClockTag.tsx';
import { describeDaysLeft, formatClockDate } from './format-clock.ts';

const COLUMNS = ['Clock', 'Started', 'Due', 'Done or days left', 'Status', 'Delay or exception'];

/** What a clock is about, in words: a meeting's papers clock names the meeting, not its record id. */
function describeSubject(subject: string, records: readonly RecordView[]): string {
  const meeting = /^meeting:(\d+)$/.exec(subject);
  if (meeting === null) return subject;
  const record = records.find((candidate) => candidate.type === 'meeting' && candidate.id === Number(meeting[1]));
  return record === undefined ? 'a meeting since removed' : meetingName(record.data as RecordData<'meeting'>);
}

/** The case's statutory clocks: each one's rule, dates, days left and red / amber / green status in words. */
export function ClocksTable({ clocks, records }: { clocks: readonly ClockView[]; records: readonly RecordView[] }) {
  if (clocks.length === 0) {
    return (
      <>
        <h3 className="govuk-heading-m">Clocks</h3>
        <p className="govuk-body" data-testid="clocks-empty">
          No clocks are running on this case yet. Each starts when the event it counts from is recorded, such as the referral or the notification to the National Panel.
        </p>
      </>
    );
  }
  return (
    <div className="prm-table-scroll" role="region" aria-label="Clocks" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="clocks-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Clocks</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {COLUMNS.map((column) => (
              <th scope="col" className="govuk-table__header" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {clocks.map((clock) => (
            <tr className="govuk-table__row" key={`${clock.clock}:${clock.subject}`}>
              <th scope="row" className="govuk-table__header">
                {clock.label}
                {clock.subject === '' ? null : `: ${describeSubject(clock.subject, records)}`}
                <span className="govuk-body-s prm-secondary-text govuk-!-display-block govuk-!-font-weight-regular govuk-!-margin-bottom-0">{clock.rule}</span>
              </th>
              <td className="govuk-table__cell">{formatClockDate(clock.startsOn)}</td>
              <td className="govuk-table__cell">{formatClockDate(clock.dueOn)}</td>
              <td className="govuk-table__cell">{clock.completedOn === null ? describeDaysLeft(clock) : `Done ${formatClockDate(clock.completedOn)}`}</td>
              <td className="govuk-table__cell">
                <ClockTag clock={clock} />
              </td>
              <td className="govuk-table__cell">
                {clock.exception === null ? (
                  <span className="prm-secondary-text">None</span>
                ) : (
                  <>
                    {clock.exception.reason}
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                      {clock.exception.panelToldOn === null ? 'The National Panel has not been told yet.' : `National Panel told on ${formatDate(clock.exception.panelToldOn)}.`}
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
