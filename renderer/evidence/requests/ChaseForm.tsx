import { useState } from 'react';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { CHASE_METHOD_LABELS, CHASE_METHODS, chaseInput, type RequestView } from '../../../shared/evidence/requests.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { choiceOrNull } from '../../case/stages/answers.ts';
import { RecordForm } from '../../case/stages/RecordForm.tsx';
import { useApi } from '../../session/api-context.tsx';
import { useEvidenceSave, type UseEvidence } from '../use-evidence.ts';

export interface ChaseFormProps {
  readonly view: EvidenceView;
  readonly request: RequestView;
  readonly applyResult: UseEvidence['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}

/** One chase of an agency whose return is late or due: when, how, and what was said. */
export function ChaseForm({ view, request, applyResult, onCancel, onSaved }: ChaseFormProps) {
  const call = useApi();
  const saving = useEvidenceSave(applyResult);
  const [chasedOn, setChasedOn] = useState(view.today);
  const [method, setMethod] = useState('');
  const [note, setNote] = useState('');

  const submit = async () => {
    // An unchosen method goes as nothing, so the schema's "Choose how the agency was chased" is the message.
    const answers = { chasedOn, method: choiceOrNull(method) ?? undefined, note };
    const saved = await saving.submit(chaseInput, answers, 'chase.', (chase) => call('requests.chase', { reference: view.reference, id: request.id, chase }));
    if (saved) onSaved(`The chase of ${request.agency} has been recorded.`);
  };

  return (
    <RecordForm
      title={`Record a chase of ${request.agency}`}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the chase"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="chase-form"
    >
      <DateInput id="chasedOn" label="Date of the chase" value={chasedOn} onChange={setChasedOn} error={saving.errorFor('chasedOn')} />
      <Radios
        id="method"
        legend="How was the agency chased?"
        value={method}
        onChange={setMethod}
        error={saving.errorFor('method')}
        options={CHASE_METHODS.map((value) => ({ value, label: CHASE_METHOD_LABELS[value] }))}
        inline
      />
      <TextArea id="note" label="Note (optional)" hint="Who was spoken to, and what they said" value={note} onChange={setNote} error={saving.errorFor('note')} rows={3} />
    </RecordForm>
  );
}
