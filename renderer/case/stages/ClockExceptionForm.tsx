import { useState } from 'react';
import { CLOCK_DEFINITIONS, CLOCKS } from '../../../shared/reviews/clocks.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Select } from '../../components/form/Select.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { TextInput } from '../components/TextInput.tsx';
import { dateOrNull } from './answers.ts';
import type { StageFormProps } from './form-props.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

/** A delay or exception to one of the clocks, with its reason and when the National Panel was told (policy). */
export function ClockExceptionForm({ id, initial, saveRecord, onCancel, onSaved }: StageFormProps<'clock-exception'>) {
  const saving = useRecordSave(saveRecord);
  const [clock, setClock] = useState<string>(initial?.clock ?? '');
  const [subject, setSubject] = useState(initial?.subject ?? '');
  const [reason, setReason] = useState(initial?.reason ?? '');
  const [panelToldOn, setPanelToldOn] = useState(initial?.panelToldOn ?? '');
  const submit = async () => {
    if (await saving.save(id, 'clock-exception', { clock, subject, reason, panelToldOn: dateOrNull(panelToldOn) })) onSaved();
  };
  return (
    <RecordForm
      title={initial === null ? 'Record a delay or exception' : 'Change the delay or exception'}
      lead="Delays and exceptions to these timescales must be shared with the National Panel."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the delay"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="clock-exception-form"
    >
      <Select
        id="clock"
        label="Which timescale is delayed?"
        value={clock}
        onChange={setClock}
        error={saving.errorFor('clock')}
        options={CLOCKS.map((value) => ({ value, label: CLOCK_DEFINITIONS[value].label }))}
      />
      <TextInput
        id="subject"
        label="What it is about (optional)"
        hint="When the timescale runs more than once on this case: the agency or the meeting"
        value={subject}
        onChange={setSubject}
        error={saving.errorFor('subject')}
      />
      <TextArea id="reason" label="Reason for the delay" value={reason} onChange={setReason} error={saving.errorFor('reason')} rows={4} />
      <DateInput id="panelToldOn" label="Date the National Panel was told" hint="Leave empty if the Panel has not been told yet" value={panelToldOn} onChange={setPanelToldOn} error={saving.errorFor('panelToldOn')} />
    </RecordForm>
  );
}
