import { useState } from 'react';
import { DateInput } from '../../components/form/DateInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { OrganisationSuggestions } from '../components/OrganisationSuggestions.tsx';
import { TextInput } from '../components/TextInput.tsx';
import { dateOrNull } from './answers.ts';
import type { StageFormProps } from './form-props.ts';
import { organisationSuggestions, ORGANISATIONS_LIST_ID } from './organisations.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

/** One agency's factual-accuracy round on the draft report. */
export function FactualAccuracyForm({ id, initial, view, saveRecord, onCancel, onSaved }: StageFormProps<'factual-accuracy'>) {
  const saving = useRecordSave(saveRecord);
  const [agency, setAgency] = useState(initial?.agency ?? '');
  const [sentOn, setSentOn] = useState(initial?.sentOn ?? '');
  const [returnedOn, setReturnedOn] = useState(initial?.returnedOn ?? '');
  const [comments, setComments] = useState(initial?.comments ?? '');
  const submit = async () => {
    if (await saving.save(id, 'factual-accuracy', { agency, sentOn, returnedOn: dateOrNull(returnedOn), comments })) onSaved();
  };
  return (
    <RecordForm
      title={initial === null ? 'Send the draft to an agency' : `Change the factual-accuracy round with ${initial.agency}`}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="factual-accuracy-form"
    >
      <OrganisationSuggestions id={ORGANISATIONS_LIST_ID} organisations={organisationSuggestions(view.summary.agencies)} />
      <TextInput id="agency" label="Agency" value={agency} onChange={setAgency} error={saving.errorFor('agency')} list={ORGANISATIONS_LIST_ID} widthClass="govuk-input--width-30" />
      <DateInput id="sentOn" label="Date the draft was sent" hint="The agency has 10 working days to reply. For example, 27 3 2026" value={sentOn} onChange={setSentOn} error={saving.errorFor('sentOn')} />
      <DateInput id="returnedOn" label="Date the agency replied" hint="Leave empty until they reply" value={returnedOn} onChange={setReturnedOn} error={saving.errorFor('returnedOn')} />
      <TextArea id="comments" label="The agency’s comments (optional)" value={comments} onChange={setComments} error={saving.errorFor('comments')} rows={4} />
    </RecordForm>
  );
}
