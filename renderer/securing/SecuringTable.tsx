import type { MouseEvent } from 'react';
import type { SecuringRow } from '../../shared/vault/securing.ts';
import { formatDate } from '../components/format-date.ts';
import { HELD_WHERE_SHORT, instructionText } from './securing-words.ts';
import { SecuringTag } from './SecuringTag.tsx';

const COLUMNS = ['Asked to secure', 'Confirmation due', 'Confirmed', 'Where held', 'Instruction at the close'];

/** The id of an agency's own heading below the table; agency names hold spaces and apostrophes. */
export function agencyHeadingId(index: number): string {
  return `securing-${index}-heading`;
}

/** Moves focus to the agency's own heading, without touching the address bar (the app is one page). */
function goToAgency(event: MouseEvent<HTMLAnchorElement>, index: number): void {
  event.preventDefault();
  const heading = document.getElementById(agencyHeadingId(index));
  heading?.scrollIntoView();
  heading?.focus({ preventScroll: true });
}

/** Every agency's securing at a glance: asked or not, its deadline, its confirmation and its instruction at the close. */
export function SecuringTable({ rows }: { rows: readonly SecuringRow[] }) {
  return (
    <div className="prm-table-scroll" role="region" aria-label="Securing of files by agency" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="securing-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{rows.length === 1 ? '1 agency' : `${rows.length} agencies`}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Agency
            </th>
            {COLUMNS.map((column) => (
              <th scope="col" className="govuk-table__header" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row, index) => (
            <tr className="govuk-table__row" key={row.agency} data-testid={`securing-row-${index}`}>
              <th scope="row" className="govuk-table__header">
                <a className="govuk-link" href={`#${agencyHeadingId(index)}`} onClick={(event) => goToAgency(event, index)}>
                  {row.agency}
                </a>
              </th>
              <td className="govuk-table__cell">{row.requested && row.requestedOn !== null ? `Yes, ${formatDate(row.requestedOn)}` : 'No'}</td>
              <td className="govuk-table__cell">
                {row.dueOn === null ? null : <span className="govuk-!-display-block">{formatDate(row.dueOn)}</span>}
                <SecuringTag row={row} />
              </td>
              <td className="govuk-table__cell">
                {row.confirmation === null ? 'Not yet' : `${formatDate(row.confirmation.confirmedOn)}, by ${row.confirmation.representativeName}`}
              </td>
              <td className="govuk-table__cell">{row.confirmation === null ? 'Not known' : HELD_WHERE_SHORT[row.confirmation.heldWhere]}</td>
              <td className="govuk-table__cell">{instructionText(row.instruction)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
