import { ESCALATION_LEVEL_LABELS, type RequestView } from '../../../shared/evidence/requests.ts';
import { formatDate } from '../../components/format-date.ts';
import { formatTimestamp } from '../../case/components/format-timestamp.ts';

export interface EscalationHistoryProps {
  readonly request: RequestView;
  /** Absent when the person may only read the case. */
  readonly onChange?: ((escalationId: number) => void) | undefined;
}

/** Every escalation about one agency, oldest first: where it went, to whom, and the outcome once known. */
export function EscalationHistory({ request, onChange }: EscalationHistoryProps) {
  if (request.escalations.length === 0) return <p className="govuk-body">{`Nothing about ${request.agency} has been escalated.`}</p>;
  const escalations = [...request.escalations].sort((a, b) => a.escalatedOn.localeCompare(b.escalatedOn) || a.id - b.id);
  return (
    <div data-testid={`escalations-${request.id}`}>
      {escalations.map((escalation) => {
        const title = `${formatDate(escalation.escalatedOn)}: ${ESCALATION_LEVEL_LABELS[escalation.level]}`;
        return (
          <div className="govuk-summary-card" key={escalation.id} data-testid={`escalation-${escalation.id}`}>
            <div className="govuk-summary-card__title-wrapper">
              <h5 className="govuk-summary-card__title">{title}</h5>
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Escalated to</dt>
                  <dd className="govuk-summary-list__value">{escalation.escalatedTo}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Outcome</dt>
                  <dd className="govuk-summary-list__value" style={{ whiteSpace: 'pre-line' }}>
                    {escalation.outcome === '' ? 'Open: no outcome recorded yet' : escalation.outcome}
                  </dd>
                </div>
              </dl>
              <p className="govuk-body-s prm-secondary-text">{`Recorded by ${escalation.recordedBy} on ${formatTimestamp(escalation.recordedAt)}.`}</p>
              {onChange === undefined ? null : (
                <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onChange(escalation.id)}>
                  {escalation.outcome === '' ? 'Add the outcome' : 'Change'}
                  <span className="govuk-visually-hidden">{`${escalation.outcome === '' ? ' of' : ''} the escalation on ${formatDate(escalation.escalatedOn)} to ${ESCALATION_LEVEL_LABELS[escalation.level]}`}</span>
                </button>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
