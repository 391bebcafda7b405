import { useState } from 'react';
import { DateInput } from '../../components/form/DateInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { TextInput } from '../components/TextInput.tsx';
import { dateOrNull } from './answers.ts';
import type { StageFormProps } from './form-props.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

/** One media enquiry about the case (policy 13). */
export function MediaEnquiryForm({ id, initial, saveRecord, onCancel, onSaved }: StageFormProps<'media-enquiry'>) {
  const saving = useRecordSave(saveRecord);
  const [receivedOn, setReceivedOn] = useState(initial?.receivedOn ?? '');
  const [outlet, setOutlet] = useState(initial?.outlet ?? '');
  const [enquiry, setEnquiry] = useState(initial?.enquiry ?? '');
  const [passedToPartnersOn, setPassedToPartnersOn] = useState(initial?.passedToPartnersOn ?? '');
  const [response, setResponse] = useState(initial?.response ?? '');
  const submit = async () => {
    if (await saving.save(id, 'media-enquiry', { receivedOn, outlet, enquiry, passedToPartnersOn: dateOrNull(passedToPartnersOn), response })) onSaved();
  };
  return (
    <RecordForm
      title={initial === null ? 'Log a media enquiry' : 'Change the media enquiry'}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the enquiry"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="media-enquiry-form"
    >
      <DateInput id="receivedOn" label="Date the enquiry was received" value={receivedOn} onChange={setReceivedOn} error={saving.errorFor('receivedOn')} />
      <TextInput id="outlet" label="Outlet or journalist" hint="For example, the newspaper or programme, and who called" value={outlet} onChange={setOutlet} error={saving.errorFor('outlet')} />
      <TextArea id="enquiry" label="What was asked" value={enquiry} onChange={setEnquiry} error={saving.errorFor('enquiry')} rows={4} />
      <DateInput
        id="passedToPartnersOn"
        label="Date it was passed to the Lead Safeguarding Partners"
        hint="Every enquiry goes to them through the Business Unit. Leave empty if it has not gone yet."
        value={passedToPartnersOn}
        onChange={setPassedToPartnersOn}
        error={saving.errorFor('passedToPartnersOn')}
      />
      <TextArea id="response" label="The response (optional)" value={response} onChange={setResponse} error={saving.errorFor('response')} rows={4} />
    </RecordForm>
  );
}
