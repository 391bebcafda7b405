import type { ChronologyRow } from '../../../shared/evidence/chronology.ts';
import { formatDate } from '../../components/format-date.ts';
import { LongText } from './LongText.tsx';

/** Enough rows to see the file was read right; the rest are counted, not painted. */
export const PREVIEW_ROWS = 50;

const COLUMNS = ['Sheet', 'Row', 'Date', 'Time', 'Source', 'Event'];

/** The first rows the reader read from a returned chronology, by where they are in the file. */
export function PreviewRowsTable({ rows }: { rows: readonly ChronologyRow[] }) {
  const more = rows.length - PREVIEW_ROWS;
  const caption = rows.length > PREVIEW_ROWS ? `The first ${PREVIEW_ROWS} rows read` : 'The rows read';
  return (
    <>
      <div className="prm-table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="preview-rows">
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
            {rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr className="govuk-table__row" key={`${row.sheet}:${row.row}`}>
                <td className="govuk-table__cell">{row.sheet}</td>
                <td className="govuk-table__cell">{row.row}</td>
                <td className="govuk-table__cell prm-nowrap">{formatDate(row.date)}</td>
                <td className="govuk-table__cell">{row.time ?? <span className="prm-secondary-text">Not known</span>}</td>
                <td className="govuk-table__cell">{row.source}</td>
                <td className="govuk-table__cell">
                  <LongText text={row.event} label={`the event in row ${row.row}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 ? <p className="govuk-body" data-testid="preview-more">{`And ${more.toLocaleString('en-GB')} more ${more === 1 ? 'row' : 'rows'}, not shown here.`}</p> : null}
    </>
  );
}
