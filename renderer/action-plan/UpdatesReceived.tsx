/**
 * Updates agencies sent back on their actions, as bundles imported here: each waits until the
 * Business Unit takes it up, which applies its status, evidence and files to the action. An
 * update is never applied on import alone, since it is the agency's word, not yet the plan's.
 */
import { useState } from 'react';
import type { ActionPlanView, UpdateReceivedView } from '../../shared/actions/action-plan.ts';
import type { Result } from '../../shared/errors.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { useApi } from '../session/api-context.tsx';
import { statusLabel } from '../tasks/action-words.ts';
import { EvidenceFileLinks } from './EvidenceFileLinks.tsx';
import { shortened } from './plan-words.ts';
import type { OpenDocument } from './use-open-document.ts';

export interface UpdatesReceivedProps {
  readonly view: ActionPlanView;
  readonly applyResult: (result: Result<ActionPlanView>) => Result<ActionPlanView>;
  readonly opener: OpenDocument;
  readonly onTakenUp: (heading: string) => void;
}

export function UpdatesReceived({ view, applyResult, opener, onTakenUp }: UpdatesReceivedProps) {
  const call = useApi();
  const [taking, setTaking] = useState<number | null>(null);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);

  const takeUp = async (update: UpdateReceivedView) => {
    if (taking !== null) return;
    setErrors([]);
    setTaking(update.id);
    const result = applyResult(await call('actionPlan.takeUpUpdate', { reference: view.reference, updateId: update.id }));
    setTaking(null);
    if (result.ok) onTakenUp(`The update from ${update.agency} on “${shortened(update.actionWhat)}” has been taken up`);
    else if (result.error.code !== 'LOCKED') setErrors([{ message: result.error.message }]);
  };

  return (
    <>
      <h3 className="govuk-heading-m">Updates from agencies</h3>
      {view.updatesReceived.length === 0 ? (
        <p className="govuk-body" data-testid="updates-empty">
          No updates have come back from agencies yet. When an agency sends its update on the actions it was sent, import the bundle and the update will wait here to be taken up.
        </p>
      ) : (
        <>
          <ErrorSummary errors={errors} />
          {view.updatesReceived.map((update) => (
            <div className="govuk-summary-card" key={update.id} data-testid={`update-${update.id}`}>
              <div className="govuk-summary-card__title-wrapper">
                <h4 className="govuk-summary-card__title">{`From ${update.agency}, received ${formatTimestamp(update.receivedAt)}`}</h4>
              </div>
              <div className="govuk-summary-card__content">
                <dl className="govuk-summary-list">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Action</dt>
                    <dd className="govuk-summary-list__value" style={{ whiteSpace: 'pre-line' }}>
                      {update.actionWhat}
                    </dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Status they give</dt>
                    <dd className="govuk-summary-list__value">{statusLabel(update.status)}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Evidence they give</dt>
                    <dd className="govuk-summary-list__value" style={{ whiteSpace: 'pre-line' }}>
                      {update.evidence.trim() === '' && update.evidenceFiles.length === 0 ? <span className="prm-secondary-text">None</span> : update.evidence}
                      <EvidenceFileLinks files={update.evidenceFiles} opener={opener} />
                    </dd>
                  </div>
                </dl>
                <TakeUp update={update} canChange={view.canChange} taking={taking} onTakeUp={(chosen) => void takeUp(chosen)} />
              </div>
            </div>
          ))}
        </>
      )}
    </>
  );
}

function TakeUp({ update, canChange, taking, onTakeUp }: { update: UpdateReceivedView; canChange: boolean; taking: number | null; onTakeUp: (update: UpdateReceivedView) => void }) {
  if (update.takenUpAt !== null) return <p className="govuk-body govuk-!-margin-bottom-0" data-testid="update-taken-up">{`Taken up on ${formatTimestamp(update.takenUpAt)}.`}</p>;
  if (update.actionId === null) return <p className="govuk-body govuk-!-margin-bottom-0">This update is about an action that is no longer in this plan, so it cannot be taken up.</p>;
  if (!canChange) return <p className="govuk-body govuk-!-margin-bottom-0">Waiting for the Business Unit to take it up.</p>;
  return (
    <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={() => onTakeUp(update)} aria-disabled={taking !== null}>
      {taking === update.id ? 'Taking it up…' : 'Take up this update'}
      <span className="govuk-visually-hidden">{` from ${update.agency} on “${shortened(update.actionWhat)}”`}</span>
    </button>
  );
}
