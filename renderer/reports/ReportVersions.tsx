/** The report's versions, newest first: each with who saved it, when, and why. */
import type { ReportVersionView } from '../../shared/reports/reports-view.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';

export function ReportVersions({ versions }: { readonly versions: readonly ReportVersionView[] }) {
  if (versions.length === 0) return <p className="govuk-body">No version has been saved yet.</p>;
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <div className="prm-table-scroll">
      <table className="govuk-table" data-testid="report-versions">
        <caption className="govuk-table__caption govuk-visually-hidden">Versions of the report, newest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Version
            </th>
            <th scope="col" className="govuk-table__header">
              Saved by
            </th>
            <th scope="col" className="govuk-table__header">
              When
            </th>
            <th scope="col" className="govuk-table__header">
              Why
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {newestFirst.map((version) => (
            <tr className="govuk-table__row" key={version.version}>
              <th scope="row" className="govuk-table__header">
                {version.version}
              </th>
              <td className="govuk-table__cell">{version.savedBy}</td>
              <td className="govuk-table__cell">{formatTimestamp(version.savedAt)}</td>
              <td className="govuk-table__cell" style={{ whiteSpace: 'pre-wrap' }}>
                {version.reason}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
