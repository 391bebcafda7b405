import { useState } from 'react';
import type { RecordData } from '../../../shared/reviews/records.ts';
import type { NamedPerson } from '../../../shared/reviews/fields.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios, YES_NO } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { EMPTY_NAMED_PERSON } from '../components/NamedPeopleEditor.tsx';
import { NamedPersonFields } from '../components/NamedPersonFields.tsx';
import { OrganisationSuggestions } from '../components/OrganisationSuggestions.tsx';
import type { SectionProps } from '../section-props.ts';
import { booleanFrom, dateOrNull, yesNoAnswer } from '../stages/answers.ts';
import { OnBehalfNote } from '../stages/OnBehalfNote.tsx';
import { organisationSuggestions, ORGANISATIONS_LIST_ID } from '../stages/organisations.ts';
import { RecordForm } from '../stages/RecordForm.tsx';
import { useRecordSave } from '../stages/use-record-save.ts';
import { CAPACITY_OPTIONS } from './endorser-capacity.ts';

export interface EndorsementFormProps {
  readonly id: number | null;
  readonly meetingId: number;
  /** "the rapid review meeting on 20 March 2026". */
  readonly meetingName: string;
  readonly initial: RecordData<'endorsement'> | null;
  readonly view: SectionProps['view'];
  readonly saveRecord: SectionProps['saveRecord'];
  readonly onCancel: () => void;
  readonly onSaved: () => void;
}

/** The scrutineer's or a statutory partner's endorsement of a meeting's outcome, recorded on their behalf. */
export function EndorsementForm({ id, meetingId, meetingName, initial, view, saveRecord, onCancel, onSaved }: EndorsementFormProps) {
  const saving = useRecordSave(saveRecord);
  const [capacity, setCapacity] = useState<string>(initial?.capacity ?? '');
  const [person, setPerson] = useState<NamedPerson>(initial?.person ?? EMPTY_NAMED_PERSON);
  const [endorses, setEndorses] = useState<string>(yesNoAnswer(initial?.endorses));
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [recordedOn, setRecordedOn] = useState(initial?.recordedOn ?? '');
  const [escalatedOn, setEscalatedOn] = useState(initial?.escalatedOn ?? '');
  const [escalationOutcome, setEscalationOutcome] = useState(initial?.escalationOutcome ?? '');
  const disagrees = endorses === 'no';

  const submit = async () => {
    const saved = await saving.save(id, 'endorsement', {
      meetingId,
      capacity,
      person,
      endorses: booleanFrom(endorses),
      comment,
      recordedOn,
      escalatedOn: disagrees ? dateOrNull(escalatedOn) : null,
      escalationOutcome: disagrees ? escalationOutcome : '',
    });
    if (saved) onSaved();
  };

  return (
    <RecordForm
      title={initial === null ? 'Record an endorsement' : 'Change the endorsement'}
      lead={`Of the outcome of ${meetingName}. The Independent Scrutineer and each of the three statutory partners endorse it; disagreement is escalated, up to the Safeguarding Executive if needed.`}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the endorsement"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="endorsement-form"
    >
      <OnBehalfNote who="the person endorsing" />
      <OrganisationSuggestions id={ORGANISATIONS_LIST_ID} organisations={organisationSuggestions(view.summary.agencies)} />
      <Radios id="capacity" legend="In what capacity do they endorse?" value={capacity} onChange={setCapacity} error={saving.errorFor('capacity')} options={CAPACITY_OPTIONS} />
      <NamedPersonFields idPrefix="person" legend="Who endorses" person={person} onChange={setPerson} errors={saving.errors} organisationsListId={ORGANISATIONS_LIST_ID} />
      <Radios id="endorses" legend="Do they endorse the outcome?" value={endorses} onChange={setEndorses} error={saving.errorFor('endorses')} options={YES_NO} inline />
      <TextArea id="comment" label="Their comment (optional)" value={comment} onChange={setComment} error={saving.errorFor('comment')} rows={3} />
      <DateInput id="recordedOn" label="Date of the endorsement" value={recordedOn} onChange={setRecordedOn} error={saving.errorFor('recordedOn')} />
      {disagrees ? (
        <div className="govuk-inset-text" data-testid="escalation">
          <p className="govuk-body">They do not endorse the outcome, so it is escalated within the three partners, up to the Safeguarding Executive if needed.</p>
          <DateInput id="escalatedOn" label="Date it was escalated" value={escalatedOn} onChange={setEscalatedOn} error={saving.errorFor('escalatedOn')} />
          <TextArea id="escalationOutcome" label="Outcome of the escalation" value={escalationOutcome} onChange={setEscalationOutcome} error={saving.errorFor('escalationOutcome')} rows={3} />
        </div>
      ) : null}
    </RecordForm>
  );
}
