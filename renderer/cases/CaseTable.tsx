import { CASE_KIND_LABELS, CASE_STAGE_LABELS } from '../../shared/case-kinds.ts';
import type { CaseSummaryView } from '../../shared/ipc/contract.ts';
import { formatDate } from './format-date.ts';

const COLUMNS = ['Reference', 'Kind of review', 'Stage', 'Referral date', 'Agencies'];

export function CaseTable({ cases }: { cases: readonly CaseSummaryView[] }) {
  return (
    // Focusable so that someone on a keyboard can scroll it when it is wider than the window.
    <div className="prm-table-scroll" role="region" aria-label="Cases" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="case-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {cases.length === 1 ? '1 case' : `${cases.length} cases`}, most recent referral first
        </caption>
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
          {cases.map((summary) => (
            <tr className="govuk-table__row" key={summary.id}>
              <th scope="row" className="govuk-table__header prm-nowrap">
                {summary.reference}
              </th>
              <td className="govuk-table__cell">{CASE_KIND_LABELS[summary.kind]}</td>
              <td className="govuk-table__cell">{CASE_STAGE_LABELS[summary.stage]}</td>
              <td className="govuk-table__cell prm-nowrap">{formatDate(summary.referralDate)}</td>
              <td className="govuk-table__cell prm-agencies">
                {summary.agencies.length === 0 ? <span className="prm-secondary-text">None recorded</span> : summary.agencies.join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
