/** Learning events and reflective sessions, most recent first, with attendance and what participants said. */
import { LEARNING_EVENT_KIND_LABELS, type LearningEventView } from '../../shared/learning/learning.ts';
import { formatDate } from '../components/format-date.ts';
import type { Navigate } from '../session/places.ts';
import { CaseLink } from './CaseLink.tsx';
import { countOf, feedbackSentence } from './learning-words.ts';

export interface LearningEventsTableProps {
  readonly events: readonly LearningEventView[];
  readonly navigate: Navigate;
  /** Given only to those who may change events. */
  readonly onChange?: ((event: LearningEventView) => void) | undefined;
}

export function mostRecentFirst(events: readonly LearningEventView[]): LearningEventView[] {
  return [...events].sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b.id - a.id);
}

export function LearningEventsTable({ events, navigate, onChange }: LearningEventsTableProps) {
  if (events.length === 0) {
    return (
      <p className="govuk-body" data-testid="events-none">
        No learning events or reflective sessions have been recorded yet.
      </p>
    );
  }
  const caption = countOf(events.length, 'learning event or reflective session', 'learning events and reflective sessions');
  return (
    <div className="prm-table-scroll" role="region" aria-label="Learning events and reflective sessions" tabIndex={0}>
      <table className="govuk-table" data-testid="events-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Date
            </th>
            <th scope="col" className="govuk-table__header">
              Event
            </th>
            <th scope="col" className="govuk-table__header">
              Audience
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Attended
            </th>
            <th scope="col" className="govuk-table__header">
              Feedback
            </th>
            <th scope="col" className="govuk-table__header">
              Review
            </th>
            {onChange === undefined ? null : (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Change</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {mostRecentFirst(events).map((event) => (
            <tr className="govuk-table__row" key={event.id} data-testid="event-row">
              <td className="govuk-table__cell prm-nowrap">{formatDate(event.heldOn)}</td>
              <th scope="row" className="govuk-table__header">
                <span className="govuk-caption-s govuk-!-display-block govuk-!-font-weight-regular govuk-!-margin-bottom-1">{LEARNING_EVENT_KIND_LABELS[event.kind]}</span>
                {event.title}
                {event.notes === '' ? null : (
                  <span className="govuk-!-display-block govuk-!-font-weight-regular prm-secondary-text govuk-!-margin-top-1" style={{ whiteSpace: 'pre-line' }}>
                    {event.notes}
                  </span>
                )}
              </th>
              <td className="govuk-table__cell" style={{ whiteSpace: 'pre-line' }}>
                {event.audience}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{event.attendance.toLocaleString('en-GB')}</td>
              <td className="govuk-table__cell">{feedbackSentence(event.understandBetter, event.feedbackResponses)}</td>
              <td className="govuk-table__cell prm-nowrap">{event.reference === '' ? <span className="prm-secondary-text">None</span> : <CaseLink reference={event.reference} section="learning" navigate={navigate} />}</td>
              {onChange === undefined ? null : (
                <td className="govuk-table__cell">
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onChange(event)}>
                    Change<span className="govuk-visually-hidden">{` ${event.title}`}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
