/** The access log's page of events as a GOV.UK table. */
import { ACCESS_LOG_ACTIONS, type AccessLogEntry } from '../../shared/vault/access-log.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';

const COLUMNS = ['Event', 'When', 'Action', 'Person', 'Case and agency', 'File', 'Purpose', 'Detail'];

export interface AccessLogTableProps {
  readonly entries: readonly AccessLogEntry[];
  readonly caption: string;
}

/** One row per event, in the audit chain's order; the event's number is its place in the chain. */
export function AccessLogTable({ entries, caption }: AccessLogTableProps) {
  return (
    // Focusable so that someone on a keyboard can scroll it when it is wider than the window.
    <div className="prm-table-scroll" role="region" aria-label="Access log" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="access-log-table">
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
          {entries.map((entry) => (
            <tr className="govuk-table__row" key={entry.seq}>
              <th scope="row" className="govuk-table__header">
                {entry.seq}
              </th>
              <td className="govuk-table__cell">{formatTimestamp(entry.at)}</td>
              <td className="govuk-table__cell">
                {entry.action === 'secured.refused' ? <strong className="govuk-tag govuk-tag--red prm-nowrap">{ACCESS_LOG_ACTIONS[entry.action]}</strong> : ACCESS_LOG_ACTIONS[entry.action]}
              </td>
              <td className="govuk-table__cell">{entry.person}</td>
              <td className="govuk-table__cell">
                <span className="prm-nowrap">{entry.reference}</span>
                <br />
                {entry.agency}
              </td>
              <td className="govuk-table__cell">{entry.file ?? <NotRecorded erased={entry.detailsErased} />}</td>
              <td className="govuk-table__cell">{entry.purpose ?? <NotRecorded erased={entry.detailsErased} />}</td>
              <td className="govuk-table__cell">
                {entry.detailsErased ? <strong className="govuk-tag govuk-tag--grey prm-nowrap">Details erased</strong> : null}
                {entry.detailsErased ? <br /> : null}
                {entry.detail}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A dash for a column the event has no value for; said out loud for a screen reader. */
function NotRecorded({ erased }: { erased: boolean }) {
  return (
    <span className="prm-secondary-text">
      <span aria-hidden="true">–</span>
      <span className="govuk-visually-hidden">{erased ? 'erased' : 'none'}</span>
    </span>
  );
}
