/** Every bundle sent from this case and taken in for it, newest first: what, with whom, by whom, when. */
import { BUNDLE_KIND_LABELS } from '../../shared/exchange/bundle.ts';
import type { BundleLogRow } from '../../shared/exchange/exchange-view.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { describeInstall } from './contacts-editing.ts';

const HEADERS = ['When', 'Sent or received', 'What', 'With', 'What it carried or did', 'By'];

export function BundleLog({ rows }: { readonly rows: readonly BundleLogRow[] }) {
  if (rows.length === 0) {
    return (
      <p className="govuk-body" data-testid="bundle-log-empty">
        No bundle has been sent or received for this case yet.
      </p>
    );
  }
  const newestFirst = [...rows].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <div className="prm-table-scroll" role="region" aria-label="Bundles sent and received for this case" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="bundle-log">
        <caption className="govuk-table__caption govuk-table__caption--s">{rows.length === 1 ? '1 bundle, newest first' : `${rows.length.toLocaleString('en-GB')} bundles, newest first`}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {HEADERS.map((header) => (
              <th scope="col" className="govuk-table__header" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {newestFirst.map((row) => (
            <tr className="govuk-table__row" key={`${row.direction}:${row.bundleId}`}>
              <td className="govuk-table__cell prm-nowrap">{formatTimestamp(row.at)}</td>
              <td className="govuk-table__cell">{row.direction === 'sent' ? 'Sent' : 'Received'}</td>
              <td className="govuk-table__cell">{BUNDLE_KIND_LABELS[row.kind]}</td>
              <td className="govuk-table__cell">
                {describeInstall(row.contact)}
                {row.theirReference === null ? null : <span className="govuk-body-s prm-secondary-text">{` (their case ${row.theirReference})`}</span>}
              </td>
              <td className="govuk-table__cell">
                <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
                  {row.summary.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </td>
              <td className="govuk-table__cell">{row.by}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
