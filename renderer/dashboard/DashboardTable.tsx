import type { MouseEvent } from 'react';
import { CASE_KIND_LABELS, CASE_STAGE_LABELS } from '../../shared/case-kinds.ts';
import type { DashboardRow } from '../../shared/ipc/case-calls.ts';
import { formatDate } from '../components/format-date.ts';
import type { Navigate } from '../session/places.ts';
import { daysLeftInWords, statusTag } from './describe-clock.ts';

const COLUMNS = ['Reference', 'Children', 'Kind of review', 'Stage', 'Next deadline', 'Status'];

export interface DashboardTableProps {
  /** The page of rows to show (at most 50). */
  readonly rows: readonly DashboardRow[];
  readonly caption: string;
  readonly navigate: Navigate;
}

export function DashboardTable({ rows, caption, navigate }: DashboardTableProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>, reference: string) => {
    event.preventDefault();
    navigate({ name: 'case', reference, section: 'overview' });
  };
  return (
    // Focusable so that someone on a keyboard can scroll it when it is wider than the window.
    <div className="prm-table-scroll" role="region" aria-label="Cases" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="dashboard-table">
        <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">{caption}</caption>
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
          {rows.map((row) => {
            const tag = statusTag(row.nextClock, row.closedOn !== null);
            return (
              <tr className="govuk-table__row" key={row.id}>
                <th scope="row" className="govuk-table__header prm-nowrap">
                  <a className="govuk-link" href={`#case-${row.reference}`} onClick={(event) => open(event, row.reference)}>
                    {row.reference}
                  </a>
                </th>
                <td className="govuk-table__cell">{row.children.length === 0 ? <span className="prm-secondary-text">None recorded</span> : row.children.join(', ')}</td>
                <td className="govuk-table__cell">{CASE_KIND_LABELS[row.kind]}</td>
                <td className="govuk-table__cell">{CASE_STAGE_LABELS[row.stage]}</td>
                <td className="govuk-table__cell">
                  {row.nextClock === null ? (
                    <span className="prm-secondary-text">None</span>
                  ) : (
                    <>
                      {row.nextClock.label}
                      {row.nextClock.subject === '' ? null : ` (${row.nextClock.subject})`}
                      <br />
                      <span className="prm-nowrap">Due {formatDate(row.nextClock.dueOn)}</span>
                      <br />
                      <span className="govuk-!-font-weight-bold">{daysLeftInWords(row.nextClock)}</span>
                    </>
                  )}
                </td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${tag.className} prm-nowrap`}>{tag.text}</strong>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
