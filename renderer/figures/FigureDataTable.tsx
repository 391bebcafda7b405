/** One figure's numbers as a GOV.UK table: a row per bar, a column per segment. */
import type { FigureTable } from '../../shared/figures/figures.ts';
import { formatFigure } from './figure-words.ts';

export interface FigureDataTableProps {
  readonly table: FigureTable;
  readonly caption: string;
  readonly captionHidden?: boolean;
  readonly testId: string;
}

export function FigureDataTable({ table, caption, captionHidden = false, testId }: FigureDataTableProps) {
  const drawn = (
    <table className="govuk-table prm-figure-table" data-testid={testId} data-figure={table.key}>
      <caption className={captionHidden ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--s'}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {/* The rows' own header: what the figure counts them by, which the heading above already says. */}
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">{table.title}</span>
          </th>
          {table.columns.map((column) => (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={column.key}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {table.rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            <th scope="row" className="govuk-table__header">
              {row.label}
            </th>
            {table.columns.map((column, index) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={column.key}>
                {formatFigure(row.cells[index]?.value ?? null)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  // A table of one number a row fits any width; wider ones may scroll sideways in a narrow window
  // (WCAG 1.4.10 allows it for data tables), and a region that scrolls must be reachable by Tab.
  if (table.columns.length < 2) return drawn;
  return (
    <div className="prm-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      {drawn}
    </div>
  );
}
