import { useState } from 'react';
import { PARALLEL_PROCESS_LABELS, PARALLEL_PROCESSES } from '../../../shared/reviews/records.ts';
import { Radios, YES_NO } from '../../components/form/Radios.tsx';
import { Select } from '../../components/form/Select.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { TextInput } from '../components/TextInput.tsx';
import { booleanFrom, yesNoAnswer } from './answers.ts';
import type { StageFormProps } from './form-props.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

/** A process running alongside the review (a Safeguarding Adult Review, a coroner’s inquest …) and whether it holds publication up. */
export function ParallelProcessForm({ id, initial, saveRecord, onCancel, onSaved }: StageFormProps<'parallel-process'>) {
  const saving = useRecordSave(saveRecord);
  const [process, setProcess] = useState<string>(initial?.process ?? '');
  const [reference, setReference] = useState(initial?.reference ?? '');
  const [delaysPublication, setDelaysPublication] = useState<string>(yesNoAnswer(initial?.delaysPublication));
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const submit = async () => {
    if (await saving.save(id, 'parallel-process', { process, reference, delaysPublication: booleanFrom(delaysPublication), notes })) onSaved();
  };
  return (
    <RecordForm
      title={initial === null ? 'Add a linked or parallel process' : 'Change the linked or parallel process'}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the process"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="parallel-process-form"
    >
      <Select id="process" label="Which process?" value={process} onChange={setProcess} error={saving.errorFor('process')} options={PARALLEL_PROCESSES.map((value) => ({ value, label: PARALLEL_PROCESS_LABELS[value] }))} />
      <TextInput id="reference" label="Its reference (optional)" value={reference} onChange={setReference} error={saving.errorFor('reference')} widthClass="govuk-input--width-20" />
      <Radios
        id="delaysPublication"
        legend="Does it delay publication?"
        hint="For example, the report cannot be published until criminal proceedings end"
        value={delaysPublication}
        onChange={setDelaysPublication}
        error={saving.errorFor('delaysPublication')}
        options={YES_NO}
        inline
      />
      <TextArea id="notes" label="Notes (optional)" hint="Who leads it, and how the two processes will work together" value={notes} onChange={setNotes} error={saving.errorFor('notes')} rows={4} />
    </RecordForm>
  );
}
