import { useState } from 'react';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import type { RequestView } from '../../../shared/evidence/requests.ts';
import { formatDate } from '../../components/format-date.ts';
import { ConfirmRemove } from '../../case/components/ConfirmRemove.tsx';
import { text } from '../../case/stages/describe-values.ts';
import { SummaryRows } from '../../case/stages/SummaryRows.tsx';
import { useApi } from '../../session/api-context.tsx';
import type { UseEvidence } from '../use-evidence.ts';
import { ChaseForm } from './ChaseForm.tsx';
import { ChaseHistory } from './ChaseHistory.tsx';
import { EscalationForm } from './EscalationForm.tsx';
import { EscalationHistory } from './EscalationHistory.tsx';
import { ReceivedForm } from './ReceivedForm.tsx';
import { RequestDeadlineTag } from './RequestDeadlineTag.tsx';
import { RequestDownloads } from './RequestDownloads.tsx';
import type { RequestEditing } from './request-editing.ts';
import { RequestForm } from './RequestForm.tsx';

export interface RequestCardProps {
  readonly view: EvidenceView;
  readonly request: RequestView;
  readonly amberWorkingDays: number;
  readonly applyResult: UseEvidence['applyResult'];
  readonly editing: RequestEditing | null;
  readonly open: (key: RequestEditing) => void;
  readonly close: () => void;
  readonly saved: (message: string) => void;
}

/** One agency's request in full: what was recorded, its deadline, the forms that change it, its chases and escalations. */
export function RequestCard({ view, request, amberWorkingDays, applyResult, editing, open, close, saved }: RequestCardProps) {
  const call = useApi();
  const [removing, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = request.id;
  const formProps = { view, request, applyResult, onCancel: close, onSaved: saved };

  const remove = async () => {
    if (removing) return;
    setRemoving(true);
    const result = applyResult(await call('requests.remove', { reference: view.reference, id }));
    setRemoving(false);
    if (result.ok) saved(`The request to ${request.agency} has been removed.`);
    else if (result.error.code !== 'LOCKED') setProblem(result.error.message);
  };

  const changingEscalation = request.escalations.find((escalation) => editing === `escalation:${id}:${escalation.id}`);
  const hidden = <span className="govuk-visually-hidden">{` for ${request.agency}`}</span>;
  const button = (key: RequestEditing, label: string, warning = false) => (
    <button type="button" className={`govuk-button ${warning ? 'govuk-button--warning' : 'govuk-button--secondary'}`} onClick={() => open(key)}>
      {label}
      {hidden}
    </button>
  );

  return (
    <article className="govuk-!-margin-bottom-9" aria-labelledby={`request-${id}-heading`} data-testid={`request-${id}`}>
      <h3 className="govuk-heading-m prm-page-heading" id={`request-${id}-heading`} tabIndex={-1}>
        {request.agency}
      </h3>
      {editing === `change:${id}` ? (
        <RequestForm {...formProps} />
      ) : (
        <SummaryRows
          testId={`request-summary-${id}`}
          rows={[
            { key: 'Sent to', value: [request.recipientName, request.recipientRole, request.recipientEmail].filter((part) => part !== '').join('\n') },
            { key: 'Date sent', value: formatDate(request.sentOn) },
            {
              key: 'Due',
              value: (
                <>
                  {`${formatDate(request.dueOn)} `}
                  <RequestDeadlineTag request={request} amberWorkingDays={amberWorkingDays} />
                </>
              ),
            },
            { key: 'Must secure its files', value: request.secureFiles ? 'Yes' : 'No' },
            { key: 'Return received', value: request.receivedOn === null ? 'Not yet' : formatDate(request.receivedOn) },
            { key: 'Note', value: text(request.note) },
          ]}
        />
      )}
      <p className="govuk-body-s prm-secondary-text">{`Recorded by ${request.sentBy}.`}</p>
      {editing === `received:${id}` ? <ReceivedForm {...formProps} /> : null}
      {editing === `chase:${id}` ? <ChaseForm {...formProps} /> : null}
      {editing === `escalate:${id}` ? <EscalationForm {...formProps} escalation={null} /> : null}
      {editing === `remove:${id}` ? (
        <>
          {problem === null ? null : (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">Error:</span> {problem}
            </p>
          )}
          <ConfirmRemove
            what={`the request to ${request.agency}`}
            consequence="Its chases and escalations go with it. The audit log keeps a record of the removal."
            removing={removing}
            onConfirm={() => void remove()}
            onCancel={close}
          />
        </>
      ) : null}
      {view.canEdit && editing === null ? (
        <div className="govuk-button-group">
          {button(`change:${id}`, 'Change the details')}
          {button(`received:${id}`, request.receivedOn === null ? 'Record the return received' : 'Change the date received')}
          {button(`chase:${id}`, 'Record a chase')}
          {button(`escalate:${id}`, 'Record an escalation')}
          {button(`remove:${id}`, 'Remove', true)}
        </div>
      ) : null}
      <RequestDownloads reference={view.reference} request={request} letterheadSet={view.letterheadSet} />
      <h4 className="govuk-heading-s">Chases</h4>
      <ChaseHistory request={request} />
      <h4 className="govuk-heading-s">Escalations</h4>
      {changingEscalation === undefined ? (
        <EscalationHistory request={request} onChange={view.canEdit && editing === null ? (escalationId) => open(`escalation:${id}:${escalationId}`) : undefined} />
      ) : (
        <EscalationForm {...formProps} escalation={changingEscalation} />
      )}
    </article>
  );
}
