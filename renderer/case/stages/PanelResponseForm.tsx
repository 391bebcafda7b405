import { useState } from 'react';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { choiceOrNull, dateOrNull } from './answers.ts';
import type { StageFormProps } from './form-props.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

export const PANEL_RESPONSE_LABELS = { agrees: 'Agrees with the local decision', disagrees: 'Disagrees with the local decision' } as const;

/** The rapid review report's journey to the National Panel, and the Panel's reply. */
export function PanelResponseForm({ id, initial, saveRecord, onCancel, onSaved }: StageFormProps<'panel-response'>) {
  const saving = useRecordSave(saveRecord);
  const [reportSentOn, setReportSentOn] = useState(initial?.reportSentOn ?? '');
  const [respondedOn, setRespondedOn] = useState(initial?.respondedOn ?? '');
  const [response, setResponse] = useState<string>(initial?.response ?? '');
  const [comments, setComments] = useState(initial?.comments ?? '');
  const submit = async () => {
    if (await saving.save(id, 'panel-response', { reportSentOn, respondedOn: dateOrNull(respondedOn), response: choiceOrNull(response), comments })) onSaved();
  };
  return (
    <RecordForm
      title={initial === null ? 'Record the report and the National Panel’s response' : 'Change the report and the National Panel’s response'}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="panel-response-form"
    >
      <DateInput id="reportSentOn" label="Date the rapid review report was sent to the National Panel" value={reportSentOn} onChange={setReportSentOn} error={saving.errorFor('reportSentOn')} />
      <Radios
        id="response"
        legend="What did the National Panel say?"
        value={response}
        onChange={setResponse}
        error={saving.errorFor('response')}
        options={[
          { value: '', label: 'No reply yet' },
          { value: 'agrees', label: PANEL_RESPONSE_LABELS.agrees },
          { value: 'disagrees', label: PANEL_RESPONSE_LABELS.disagrees },
        ]}
      />
      <DateInput id="respondedOn" label="Date the National Panel replied" hint="Leave empty until the Panel replies" value={respondedOn} onChange={setRespondedOn} error={saving.errorFor('respondedOn')} />
      <TextArea id="comments" label="The National Panel’s comments (optional)" value={comments} onChange={setComments} error={saving.errorFor('comments')} rows={4} />
    </RecordForm>
  );
}
