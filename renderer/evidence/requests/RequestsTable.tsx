import type { MouseEvent } from 'react';
import type { RequestView } from '../../../shared/evidence/requests.ts';
import { formatDate } from '../../components/format-date.ts';
import { escalationStatus } from './escalation-status.ts';
import { RequestDeadlineTag } from './RequestDeadlineTag.tsx';

const COLUMNS = ['Recipient', 'Sent', 'Due', 'Secure files', 'Received', 'Chases', 'Escalation'];

export interface RequestsTableProps {
  readonly requests: readonly RequestView[];
  readonly amberWorkingDays: number;
}

/** Moves focus to the request's own heading, without touching the address bar (the app is one page). */
function goToRequest(event: MouseEvent<HTMLAnchorElement>, id: number): void {
  event.preventDefault();
  const heading = document.getElementById(`request-${id}-heading`);
  heading?.scrollIntoView();
  heading?.focus({ preventScroll: true });
}

/** Every request of the case at a glance, by agency: who it went to, its deadline, chases and escalation. */
export function RequestsTable({ requests, amberWorkingDays }: RequestsTableProps) {
  return (
    <div className="prm-table-scroll" role="region" aria-label="Requests for information by agency" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="requests-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{requests.length === 1 ? '1 request for information' : `${requests.length} requests for information`}</caption>
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
          {requests.map((request) => (
            <tr className="govuk-table__row" key={request.id} data-testid={`requests-row-${request.id}`}>
              <th scope="row" className="govuk-table__header">
                <a className="govuk-link" href={`#request-${request.id}-heading`} onClick={(event) => goToRequest(event, request.id)}>
                  {request.agency}
                </a>
              </th>
              <td className="govuk-table__cell">{request.recipientName}</td>
              <td className="govuk-table__cell">{formatDate(request.sentOn)}</td>
              <td className="govuk-table__cell">
                <span className="govuk-!-display-block">{formatDate(request.dueOn)}</span>
                <RequestDeadlineTag request={request} amberWorkingDays={amberWorkingDays} />
              </td>
              <td className="govuk-table__cell">{request.secureFiles ? 'Yes' : 'No'}</td>
              <td className="govuk-table__cell">{request.receivedOn === null ? 'Not yet' : formatDate(request.receivedOn)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{request.chases.length}</td>
              <td className="govuk-table__cell">{escalationStatus(request.escalations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
