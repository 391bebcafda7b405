import { useState } from 'react';
import { DateInput } from '../../components/form/DateInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import type { StageFormProps } from './form-props.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

/** The findings of a review other than an LCSPR, before its action plan. */
export function FindingsForm({ id, initial, saveRecord, onCancel, onSaved }: StageFormProps<'findings'>) {
  const saving = useRecordSave(saveRecord);
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [completedOn, setCompletedOn] = useState(initial?.completedOn ?? '');
  const submit = async () => {
    if (await saving.save(id, 'findings', { summary, completedOn })) onSaved();
  };
  return (
    <RecordForm title="Record the findings" errors={saving.errors} saving={saving.saving} submitLabel="Save the findings" onSubmit={() => void submit()} onCancel={onCancel} testId="findings-form">
      <TextArea id="summary" label="Findings" hint="What the review found, and the learning for agencies" value={summary} onChange={setSummary} error={saving.errorFor('summary')} rows={8} />
      <DateInput id="completedOn" label="Date the findings were completed" value={completedOn} onChange={setCompletedOn} error={saving.errorFor('completedOn')} />
    </RecordForm>
  );
}
