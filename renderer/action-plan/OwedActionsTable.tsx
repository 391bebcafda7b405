/**
 * Actions owed across reviews, one row each: the case it belongs to (a link to that case's
 * action plan), the recommendation it answers, what it is, the agency (when every agency is
 * listed), when it is due and where it stands.
 */
import type { MouseEvent } from 'react';
import type { OwedActionView } from '../../shared/actions/action-plan.ts';
import { CASE_KIND_LABELS, CASE_KINDS, type CaseKind } from '../../shared/case-kinds.ts';
import { formatDate } from '../components/format-date.ts';
import type { Navigate } from '../session/places.ts';
import { ActionTags } from './PlanTagView.tsx';
import { OVERDUE_TAG, shortened, statusTag } from './plan-words.ts';

export interface OwedActionsTableProps {
  readonly actions: readonly OwedActionView[];
  readonly caption: string;
  /** Every agency's actions are listed, so each row says whose it is. */
  readonly showAgency: boolean;
  readonly navigate: Navigate;
}

function kindLabel(kind: string): string {
  return (CASE_KINDS as readonly string[]).includes(kind) ? CASE_KIND_LABELS[kind as CaseKind] : kind;
}

export function OwedActionsTable({ actions, caption, showAgency, navigate }: OwedActionsTableProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>, reference: string) => {
    event.preventDefault();
    navigate({ name: 'case', reference, section: 'action-plan' });
  };
  const columns = ['Case', 'Recommendation', 'Action', ...(showAgency ? ['Agency'] : []), 'Due', 'Status'];
  return (
    // Focusable so that someone on a keyboard can scroll it when it is wider than the window.
    <div className="prm-table-scroll" role="region" aria-label="Actions owed" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="owed-actions-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th scope="col" className="govuk-table__header" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {actions.map((action) => (
            <tr className="govuk-table__row" key={action.id} data-testid="owed-action">
              <th scope="row" className="govuk-table__header">
                <a className="govuk-link prm-nowrap" href={`#case-${action.reference}`} onClick={(event) => open(event, action.reference)}>
                  {action.reference}
                  <span className="govuk-visually-hidden"> action plan</span>
                </a>
                <span className="govuk-!-display-block govuk-!-font-weight-regular prm-secondary-text">{kindLabel(action.caseKind)}</span>
              </th>
              <td className="govuk-table__cell">{shortened(action.recommendation, 120)}</td>
              <td className="govuk-table__cell" style={{ whiteSpace: 'pre-line' }}>
                {action.what}
                <span className="govuk-!-display-block prm-secondary-text govuk-!-margin-top-1">{`Responsible: ${action.responsiblePerson}`}</span>
              </td>
              {showAgency ? <td className="govuk-table__cell">{action.agency}</td> : null}
              <td className="govuk-table__cell prm-nowrap">{formatDate(action.dueOn)}</td>
              <td className="govuk-table__cell">
                <ActionTags tags={action.overdue ? [statusTag(action.status), OVERDUE_TAG] : [statusTag(action.status)]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
