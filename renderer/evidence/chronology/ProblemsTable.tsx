import type { ChronologyProblem } from '../../../shared/evidence/chronology.ts';

const COLUMNS = ['Sheet', 'Row', 'Column', 'What is wrong'];

/** "1 problem", "12 problems". */
export function problemsCount(count: number): string {
  return count === 1 ? '1 problem' : `${count.toLocaleString('en-GB')} problems`;
}

/**
 * Every row or sheet a returned chronology's reader could not read, by where it is in the file,
 * so the Business Unit can point the agency at the very cell. All of them: none is left out.
 */
export function ProblemsTable({ problems, caption, testId }: { problems: readonly ChronologyProblem[]; caption: string; testId?: string }) {
  return (
    <div className="prm-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid={testId}>
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
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
          {problems.map((problem, index) => (
            <tr className="govuk-table__row" key={`${problem.sheet}:${problem.row}:${problem.column ?? ''}:${index}`}>
              <td className="govuk-table__cell">{problem.sheet}</td>
              {/* Row 0 is about the whole sheet: say so rather than show a row Excel does not have. */}
              <td className="govuk-table__cell prm-nowrap">{problem.row === 0 ? <span className="prm-secondary-text">None</span> : problem.row}</td>
              <td className="govuk-table__cell">{problem.column ?? <span className="prm-secondary-text">{problem.row === 0 ? 'Whole sheet' : 'Whole row'}</span>}</td>
              <td className="govuk-table__cell">{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
