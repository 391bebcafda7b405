import { useState } from 'react';
import { STATUTORY_PARTNER_LABELS, STATUTORY_PARTNERS } from '../../../shared/organisations.ts';
import type { NamedPerson } from '../../../shared/reviews/fields.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { EMPTY_NAMED_PERSON } from '../components/NamedPeopleEditor.tsx';
import { NamedPersonFields } from '../components/NamedPersonFields.tsx';
import { OrganisationSuggestions } from '../components/OrganisationSuggestions.tsx';
import type { StageFormProps } from './form-props.ts';
import { OnBehalfNote } from './OnBehalfNote.tsx';
import { organisationSuggestions, ORGANISATIONS_LIST_ID } from './organisations.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

/** One statutory partner's sign-off of the final report, recorded on behalf of the person who signed. */
export function SignOffForm({ id, initial, view, saveRecord, onCancel, onSaved }: StageFormProps<'sign-off'>) {
  const saving = useRecordSave(saveRecord);
  const [partner, setPartner] = useState<string>(initial?.partner ?? '');
  const [person, setPerson] = useState<NamedPerson>(initial?.person ?? EMPTY_NAMED_PERSON);
  const [signedOn, setSignedOn] = useState(initial?.signedOn ?? '');
  const submit = async () => {
    if (await saving.save(id, 'sign-off', { partner, person, signedOn })) onSaved();
  };
  return (
    <RecordForm
      title={initial === null ? 'Record a sign-off' : 'Change the sign-off'}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the sign-off"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="sign-off-form"
    >
      <OnBehalfNote who="the person who signed off the report" />
      <OrganisationSuggestions id={ORGANISATIONS_LIST_ID} organisations={organisationSuggestions(view.summary.agencies)} />
      <Radios
        id="partner"
        legend="Which statutory partner signed off?"
        value={partner}
        onChange={setPartner}
        error={saving.errorFor('partner')}
        options={STATUTORY_PARTNERS.map((value) => ({ value, label: STATUTORY_PARTNER_LABELS[value] }))}
      />
      <NamedPersonFields idPrefix="person" legend="Who signed off" person={person} onChange={setPerson} errors={saving.errors} organisationsListId={ORGANISATIONS_LIST_ID} />
      <DateInput id="signedOn" label="Date of sign-off" value={signedOn} onChange={setSignedOn} error={saving.errorFor('signedOn')} />
    </RecordForm>
  );
}
