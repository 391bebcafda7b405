import { CHASE_METHOD_LABELS, type RequestView } from '../../../shared/evidence/requests.ts';
import { formatDate } from '../../components/format-date.ts';
import { formatTimestamp } from '../../case/components/format-timestamp.ts';

/** Every chase of one agency, oldest first, with who recorded it. */
export function ChaseHistory({ request }: { request: RequestView }) {
  if (request.chases.length === 0) return <p className="govuk-body">{`${request.agency} has not been chased.`}</p>;
  const chases = [...request.chases].sort((a, b) => a.chasedOn.localeCompare(b.chasedOn) || a.id - b.id);
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet" data-testid={`chases-${request.id}`}>
      <caption className="govuk-table__caption govuk-visually-hidden">{`Chases of ${request.agency}`}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Date
          </th>
          <th scope="col" className="govuk-table__header">
            How
          </th>
          <th scope="col" className="govuk-table__header">
            Note
          </th>
          <th scope="col" className="govuk-table__header">
            Recorded by
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {chases.map((chase) => (
          <tr className="govuk-table__row" key={chase.id}>
            <td className="govuk-table__cell prm-nowrap">{formatDate(chase.chasedOn)}</td>
            <td className="govuk-table__cell">{CHASE_METHOD_LABELS[chase.method]}</td>
            <td className="govuk-table__cell" style={{ whiteSpace: 'pre-line' }}>
              {chase.note === '' ? <span className="prm-secondary-text">None</span> : chase.note}
            </td>
            <td className="govuk-table__cell">{`${chase.recordedBy}, ${formatTimestamp(chase.recordedAt)}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
