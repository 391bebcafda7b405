import { useState } from 'react';
import { REVIEW_METHOD_LABELS, REVIEW_METHODS } from '../../../shared/reviews/records.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import type { StageFormProps } from './form-props.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

/** The method of a non-statutory, serious offence or good outcome review. */
export function MethodForm({ id, initial, saveRecord, onCancel, onSaved }: StageFormProps<'method'>) {
  const saving = useRecordSave(saveRecord);
  const [method, setMethod] = useState<string>(initial?.method ?? '');
  const [chosenOn, setChosenOn] = useState(initial?.chosenOn ?? '');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const submit = async () => {
    if (await saving.save(id, 'method', { method, chosenOn, notes })) onSaved();
  };
  return (
    <RecordForm title="Record the method" errors={saving.errors} saving={saving.saving} submitLabel="Save the method" onSubmit={() => void submit()} onCancel={onCancel} testId="method-form">
      <Radios id="method" legend="Which method will the review use?" value={method} onChange={setMethod} error={saving.errorFor('method')} options={REVIEW_METHODS.map((value) => ({ value, label: REVIEW_METHOD_LABELS[value] }))} />
      <DateInput id="chosenOn" label="Date the method was chosen" value={chosenOn} onChange={setChosenOn} error={saving.errorFor('chosenOn')} />
      <TextArea id="notes" label="Notes (optional)" value={notes} onChange={setNotes} error={saving.errorFor('notes')} rows={3} />
    </RecordForm>
  );
}
