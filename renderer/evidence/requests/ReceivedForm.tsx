import { useState } from 'react';
import { z } from 'zod';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import type { RequestView } from '../../../shared/evidence/requests.ts';
import { dateField } from '../../../shared/reviews/fields.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { RecordForm } from '../../case/stages/RecordForm.tsx';
import { useApi } from '../../session/api-context.tsx';
import { useEvidenceSave, type UseEvidence } from '../use-evidence.ts';

const receivedAnswers = z.object({ receivedOn: dateField('the date the return was received') });
const noAnswers = z.object({});

export interface ReceivedFormProps {
  readonly view: EvidenceView;
  readonly request: RequestView;
  readonly applyResult: UseEvidence['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}

/**
 * When the agency's return came in, which stops its clock; or, for a date recorded by mistake,
 * clearing it so the request is awaited again.
 */
export function ReceivedForm({ view, request, applyResult, onCancel, onSaved }: ReceivedFormProps) {
  const call = useApi();
  const saving = useEvidenceSave(applyResult);
  const [receivedOn, setReceivedOn] = useState(request.receivedOn ?? view.today);

  const submit = async () => {
    const saved = await saving.submit(receivedAnswers, { receivedOn }, '', (value) => call('requests.received', { reference: view.reference, id: request.id, receivedOn: value.receivedOn }));
    if (saved) onSaved(`The return from ${request.agency} has been recorded as received.`);
  };
  const clear = async () => {
    if (saving.saving) return;
    const saved = await saving.submit(noAnswers, {}, '', () => call('requests.received', { reference: view.reference, id: request.id, receivedOn: null }));
    if (saved) onSaved(`The return from ${request.agency} is no longer recorded as received.`);
  };

  return (
    <RecordForm
      title={request.receivedOn === null ? `Record the return from ${request.agency}` : `Change the date the return from ${request.agency} came in`}
      lead="The agency’s summary and chronology. Recording the date stops the agency’s deadline."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the date received"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="received-form"
    >
      <DateInput id="receivedOn" label="Date received" value={receivedOn} onChange={setReceivedOn} error={saving.errorFor('receivedOn')} />
      {request.receivedOn === null ? null : (
        <div className="govuk-inset-text">
          <p className="govuk-body">If the return was recorded by mistake, clear the date: the request is then awaited again.</p>
          <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" onClick={() => void clear()} aria-disabled={saving.saving}>
            Clear the date received
          </button>
        </div>
      )}
    </RecordForm>
  );
}
