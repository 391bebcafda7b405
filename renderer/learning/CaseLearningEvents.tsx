/** The learning events and reflective sessions that shared this review's learning, and the way to all of them. */
import type { MouseEvent } from 'react';
import { LEARNING_EVENT_KIND_LABELS, type LearningEventView } from '../../shared/learning/learning.ts';
import { formatDate } from '../components/format-date.ts';
import type { Navigate } from '../session/places.ts';
import { feedbackSentence } from './learning-words.ts';
import { mostRecentFirst } from './LearningEventsTable.tsx';

export function CaseLearningEvents({ events, navigate }: { readonly events: readonly LearningEventView[]; readonly navigate: Navigate }) {
  const toEvents = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate({ name: 'learning', tab: 'events' });
  };
  return (
    <section aria-labelledby="case-events-heading" data-testid="case-learning-events">
      <h3 className="govuk-heading-m govuk-!-margin-top-6" id="case-events-heading">
        Learning events for this review
      </h3>
      {events.length === 0 ? (
        <p className="govuk-body">No learning event or reflective session has shared this review’s learning yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Learning events and reflective sessions for this review</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Date
              </th>
              <th scope="col" className="govuk-table__header">
                Event
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Attended
              </th>
              <th scope="col" className="govuk-table__header">
                Feedback
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {mostRecentFirst(events).map((event) => (
              <tr className="govuk-table__row" key={event.id}>
                <td className="govuk-table__cell prm-nowrap">{formatDate(event.heldOn)}</td>
                <td className="govuk-table__cell">
                  <span className="govuk-caption-s govuk-!-display-block">{LEARNING_EVENT_KIND_LABELS[event.kind]}</span>
                  {event.title}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{event.attendance.toLocaleString('en-GB')}</td>
                <td className="govuk-table__cell">{feedbackSentence(event.understandBetter, event.feedbackResponses)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href="#learning-events" onClick={toEvents}>
          All learning events and reflective sessions
        </a>
      </p>
    </section>
  );
}
