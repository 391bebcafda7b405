import { useState } from 'react';
import type { NamedPerson } from '../../../shared/reviews/fields.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios, YES_NO } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { EMPTY_NAMED_PERSON } from '../components/NamedPeopleEditor.tsx';
import { NamedPersonFields } from '../components/NamedPersonFields.tsx';
import { OrganisationSuggestions } from '../components/OrganisationSuggestions.tsx';
import { booleanFrom, yesNoAnswer } from './answers.ts';
import type { StageFormProps } from './form-props.ts';
import { OnBehalfNote } from './OnBehalfNote.tsx';
import { organisationSuggestions, ORGANISATIONS_LIST_ID } from './organisations.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

/** A review group or panel member's declaration of interest, recorded on their behalf. */
export function DeclarationForm({ id, initial, view, saveRecord, onCancel, onSaved }: StageFormProps<'declaration'>) {
  const saving = useRecordSave(saveRecord);
  const [person, setPerson] = useState<NamedPerson>(initial?.person ?? EMPTY_NAMED_PERSON);
  const [declaredOn, setDeclaredOn] = useState(initial?.declaredOn ?? '');
  const [hasInterest, setHasInterest] = useState<string>(yesNoAnswer(initial?.hasInterest));
  const [details, setDetails] = useState(initial?.details ?? '');
  const submit = async () => {
    if (await saving.save(id, 'declaration', { person, declaredOn, hasInterest: booleanFrom(hasInterest), details: hasInterest === 'yes' ? details : '' })) onSaved();
  };
  return (
    <RecordForm
      title={initial === null ? 'Record a declaration of interest' : 'Change the declaration of interest'}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the declaration"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="declaration-form"
    >
      <OnBehalfNote who="the person declaring" />
      <OrganisationSuggestions id={ORGANISATIONS_LIST_ID} organisations={organisationSuggestions(view.summary.agencies)} />
      <NamedPersonFields idPrefix="person" legend="Who is declaring" person={person} onChange={setPerson} errors={saving.errors} organisationsListId={ORGANISATIONS_LIST_ID} />
      <DateInput id="declaredOn" label="Date of the declaration" value={declaredOn} onChange={setDeclaredOn} error={saving.errorFor('declaredOn')} />
      <Radios
        id="hasInterest"
        legend="Do they have an interest to declare?"
        hint="For example, they or their team worked with the child or family, or they manage someone who did"
        value={hasInterest}
        onChange={setHasInterest}
        error={saving.errorFor('hasInterest')}
        options={YES_NO}
        inline
      />
      {hasInterest === 'yes' ? <TextArea id="details" label="The interest" value={details} onChange={setDetails} error={saving.errorFor('details')} rows={4} /> : null}
    </RecordForm>
  );
}
