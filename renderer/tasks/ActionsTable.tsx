/**
 * The actions an agency was sent, one row each: what it is (and the recommendation it answers),
 * who is responsible, when it is due (with a tag once it is late), the outcome it is meant to
 * bring about, and the status the sender's action plan gave it when it was sent.
 */
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { formatDate } from '../components/format-date.ts';
import { actionDueTag, statusLabel, type SentAction } from './action-words.ts';
import { TaskTagView } from './TaskTagView.tsx';

const COLUMNS = ['Responsible person', 'Due', 'Intended outcome', 'Status when sent'];

export function ActionsTable({ actions, sender }: { readonly actions: readonly SentAction[]; readonly sender: string }) {
  const today = todayInLondon();
  return (
    // Focusable so that someone on a keyboard can scroll it when it is wider than the window.
    <div className="prm-table-scroll" role="region" aria-label="Actions" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="actions-table">
        <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">{`The actions ${sender} sent, in the order of their action plan`}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            {COLUMNS.map((column) => (
              <th scope="col" className="govuk-table__header" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {actions.map((action, index) => {
            const due = actionDueTag(action, today);
            return (
              <tr className="govuk-table__row" key={action.actionId} data-testid={`action-row-${index + 1}`}>
                <th scope="row" className="govuk-table__header">
                  <span className="govuk-!-display-block" style={{ whiteSpace: 'pre-line' }}>{`${index + 1}. ${action.what}`}</span>
                  {action.recommendation.trim() === '' ? null : (
                    <span className="govuk-!-display-block govuk-!-font-weight-regular prm-secondary-text govuk-!-margin-top-1" style={{ whiteSpace: 'pre-line' }}>
                      {`For the recommendation: ${action.recommendation}`}
                    </span>
                  )}
                </th>
                <td className="govuk-table__cell">{action.responsiblePerson.trim() === '' ? <span className="prm-secondary-text">Not given</span> : action.responsiblePerson}</td>
                <td className="govuk-table__cell">
                  <span className="prm-nowrap">{formatDate(action.dueOn)}</span>
                  {due === null ? null : (
                    <>
                      <br />
                      <TaskTagView tag={due} testId={`action-due-${index + 1}`} />
                    </>
                  )}
                </td>
                <td className="govuk-table__cell" style={{ whiteSpace: 'pre-line' }}>
                  {action.intendedOutcome.trim() === '' ? <span className="prm-secondary-text">Not given</span> : action.intendedOutcome}
                </td>
                <td className="govuk-table__cell">{statusLabel(action.status)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
