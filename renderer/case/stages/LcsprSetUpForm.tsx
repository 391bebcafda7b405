import { useState } from 'react';
import { REVIEW_METHOD_LABELS, REVIEW_METHODS } from '../../../shared/reviews/records.ts';
import type { NamedPerson } from '../../../shared/reviews/fields.ts';
import { Checkbox } from '../../components/form/Checkboxes.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios, YES_NO } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { EMPTY_NAMED_PERSON, NamedPeopleEditor, withoutEmptyRows } from '../components/NamedPeopleEditor.tsx';
import { NamedPersonFields } from '../components/NamedPersonFields.tsx';
import { OrganisationSuggestions } from '../components/OrganisationSuggestions.tsx';
import { TextInput } from '../components/TextInput.tsx';
import { choiceOrNull, dateOrNull, nullableBooleanFrom, yesNoAnswer } from './answers.ts';
import type { StageFormProps } from './form-props.ts';
import { OnBehalfNote } from './OnBehalfNote.tsx';
import { organisationSuggestions, ORGANISATIONS_LIST_ID } from './organisations.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

/** Setting up an LCSPR: the lead reviewer and their checks, the terms of reference, the groups, the method and the family's involvement. */
export function LcsprSetUpForm({ id, initial, view, saveRecord, onCancel, onSaved }: StageFormProps<'lcspr-set-up'>) {
  const saving = useRecordSave(saveRecord);
  const [leadReviewerName, setLeadReviewerName] = useState(initial?.leadReviewerName ?? '');
  const [leadReviewerOrganisation, setLeadReviewerOrganisation] = useState(initial?.leadReviewerOrganisation ?? '');
  const [leadReviewerAppointedOn, setLeadReviewerAppointedOn] = useState(initial?.leadReviewerAppointedOn ?? '');
  const [meetsSpecification, setMeetsSpecification] = useState(initial?.meetsSpecification ?? false);
  const [hasReadPolicy, setHasReadPolicy] = useState(initial?.hasReadPolicy ?? false);
  const [contractSigned, setContractSigned] = useState(initial?.contractSigned ?? false);
  const [termsOfReference, setTermsOfReference] = useState(initial?.termsOfReference ?? '');
  const [termsDraftedOn, setTermsDraftedOn] = useState(initial?.termsDraftedOn ?? '');
  const [termsAgreedOn, setTermsAgreedOn] = useState(initial?.termsAgreedOn ?? '');
  const [termsSignedOffOn, setTermsSignedOffOn] = useState(initial?.termsSignedOffOn ?? '');
  const [reviewGroupChair, setReviewGroupChair] = useState<NamedPerson>(initial?.reviewGroupChair ?? EMPTY_NAMED_PERSON);
  const [reviewGroup, setReviewGroup] = useState<NamedPerson[]>(initial?.reviewGroup ?? []);
  const [caseGroup, setCaseGroup] = useState<NamedPerson[]>(initial?.caseGroup ?? []);
  const [method, setMethod] = useState<string>(initial?.method ?? '');
  const [familyInvolved, setFamilyInvolved] = useState<string>(yesNoAnswer(initial?.familyInvolved));
  const [familyInvolvementHow, setFamilyInvolvementHow] = useState(initial?.familyInvolvementHow ?? '');
  const [familyNotInvolvedReasons, setFamilyNotInvolvedReasons] = useState(initial?.familyNotInvolvedReasons ?? '');

  const submit = async () => {
    const chairGiven = reviewGroupChair.name.trim() !== '' || reviewGroupChair.organisation.trim() !== '';
    const saved = await saving.save(id, 'lcspr-set-up', {
      leadReviewerName,
      leadReviewerOrganisation,
      leadReviewerAppointedOn: dateOrNull(leadReviewerAppointedOn),
      meetsSpecification,
      hasReadPolicy,
      contractSigned,
      termsOfReference,
      termsDraftedOn: dateOrNull(termsDraftedOn),
      termsAgreedOn: dateOrNull(termsAgreedOn),
      termsSignedOffOn: dateOrNull(termsSignedOffOn),
      reviewGroupChair: chairGiven ? reviewGroupChair : null,
      reviewGroup: withoutEmptyRows(reviewGroup),
      caseGroup: withoutEmptyRows(caseGroup),
      method: choiceOrNull(method),
      familyInvolved: nullableBooleanFrom(familyInvolved),
      familyInvolvementHow: familyInvolved === 'yes' ? familyInvolvementHow : '',
      familyNotInvolvedReasons: familyInvolved === 'no' ? familyNotInvolvedReasons : '',
    });
    if (saved) onSaved();
  };

  return (
    <RecordForm
      title={initial === null ? 'Set up the LCSPR' : 'Change the LCSPR set-up'}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the set-up"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="lcspr-form"
    >
      <OnBehalfNote who="the lead reviewer and the group members named below" />
      <OrganisationSuggestions id={ORGANISATIONS_LIST_ID} organisations={organisationSuggestions(view.summary.agencies)} />

      <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Lead reviewer</legend>
        <p className="govuk-hint">Appointed within 10 working days of the decision to hold an LCSPR.</p>
        <TextInput id="leadReviewerName" label="Full name" value={leadReviewerName} onChange={setLeadReviewerName} error={saving.errorFor('leadReviewerName')} widthClass="govuk-input--width-30" />
        <TextInput
          id="leadReviewerOrganisation"
          label="Organisation"
          hint="An independent reviewer’s own business, if they have one"
          value={leadReviewerOrganisation}
          onChange={setLeadReviewerOrganisation}
          error={saving.errorFor('leadReviewerOrganisation')}
          widthClass="govuk-input--width-30"
          list={ORGANISATIONS_LIST_ID}
        />
        <DateInput id="leadReviewerAppointedOn" label="Date appointed" value={leadReviewerAppointedOn} onChange={setLeadReviewerAppointedOn} error={saving.errorFor('leadReviewerAppointedOn')} />
        <h4 className="govuk-heading-s">Checks on the appointment</h4>
        <Checkbox id="meetsSpecification" label="Meets the reviewer specification" checked={meetsSpecification} onChange={setMeetsSpecification} error={saving.errorFor('meetsSpecification')} />
        <Checkbox id="hasReadPolicy" label="Has read the partnership’s practice review policy" checked={hasReadPolicy} onChange={setHasReadPolicy} error={saving.errorFor('hasReadPolicy')} />
        <Checkbox id="contractSigned" label="Contract signed" checked={contractSigned} onChange={setContractSigned} error={saving.errorFor('contractSigned')} />
      </fieldset>

      <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Terms of reference</legend>
        <p className="govuk-hint">Drafted at the rapid review, agreed by the review group, signed off at the next Practice Review Sub Group (PRSG).</p>
        <TextArea id="termsOfReference" label="Terms of reference" value={termsOfReference} onChange={setTermsOfReference} error={saving.errorFor('termsOfReference')} rows={6} />
        <DateInput id="termsDraftedOn" label="Date drafted" value={termsDraftedOn} onChange={setTermsDraftedOn} error={saving.errorFor('termsDraftedOn')} />
        <DateInput id="termsAgreedOn" label="Date agreed by the review group" value={termsAgreedOn} onChange={setTermsAgreedOn} error={saving.errorFor('termsAgreedOn')} />
        <DateInput id="termsSignedOffOn" label="Date signed off at the PRSG" value={termsSignedOffOn} onChange={setTermsSignedOffOn} error={saving.errorFor('termsSignedOffOn')} />
      </fieldset>

      <NamedPersonFields
        idPrefix="reviewGroupChair"
        legend="Chair of the review group"
        hint="Leave both boxes empty if the chair is not chosen yet."
        person={reviewGroupChair}
        onChange={setReviewGroupChair}
        errors={saving.errors}
        organisationsListId={ORGANISATIONS_LIST_ID}
      />
      <NamedPeopleEditor
        idPrefix="reviewGroup"
        legend="Review group members"
        hint="Senior managers from the agencies involved. Each declares any interest (Declarations of interest)."
        itemLabel="review group member"
        people={reviewGroup}
        onChange={setReviewGroup}
        errors={saving.errors}
        organisationsListId={ORGANISATIONS_LIST_ID}
        max={40}
      />
      <NamedPeopleEditor
        idPrefix="caseGroup"
        legend="Case group"
        hint="The frontline practitioners who worked with the child and family."
        itemLabel="case group member"
        people={caseGroup}
        onChange={setCaseGroup}
        errors={saving.errors}
        organisationsListId={ORGANISATIONS_LIST_ID}
      />
      <Radios
        id="method"
        legend="Method"
        value={method}
        onChange={setMethod}
        error={saving.errorFor('method')}
        options={[{ value: '', label: 'Not chosen yet' }, ...REVIEW_METHODS.map((value) => ({ value, label: REVIEW_METHOD_LABELS[value] }))]}
      />
      <Radios
        id="familyInvolved"
        legend="Are the child and family involved in the review?"
        hint="Their involvement should always be sought; if they are not involved, record why."
        value={familyInvolved}
        onChange={setFamilyInvolved}
        error={saving.errorFor('familyInvolved')}
        options={YES_NO}
        inline
      />
      {familyInvolved === 'yes' ? (
        <TextArea id="familyInvolvementHow" label="How are they involved?" value={familyInvolvementHow} onChange={setFamilyInvolvementHow} error={saving.errorFor('familyInvolvementHow')} rows={4} />
      ) : null}
      {familyInvolved === 'no' ? (
        <TextArea
          id="familyNotInvolvedReasons"
          label="Why are they not involved?"
          value={familyNotInvolvedReasons}
          onChange={setFamilyNotInvolvedReasons}
          error={saving.errorFor('familyNotInvolvedReasons')}
          rows={4}
        />
      ) : null}
    </RecordForm>
  );
}
