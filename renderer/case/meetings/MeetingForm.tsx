import { useState } from 'react';
import { CIRCUMSTANCE_LABELS, CIRCUMSTANCES, RAPID_REVIEW_OUTCOME_LABELS, RAPID_REVIEW_OUTCOMES, type RecordData } from '../../../shared/reviews/records.ts';
import type { NamedPerson } from '../../../shared/reviews/fields.ts';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios, YES_NO } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { EMPTY_NAMED_PERSON, NamedPeopleEditor, withoutEmptyRows } from '../components/NamedPeopleEditor.tsx';
import { NamedPersonFields } from '../components/NamedPersonFields.tsx';
import { OrganisationSuggestions } from '../components/OrganisationSuggestions.tsx';
import { TextInput } from '../components/TextInput.tsx';
import type { SectionProps } from '../section-props.ts';
import { choiceOrNull, dateOrNull, nullableBooleanFrom, yesNoAnswer } from '../stages/answers.ts';
import { OnBehalfNote } from '../stages/OnBehalfNote.tsx';
import { organisationSuggestions, ORGANISATIONS_LIST_ID } from '../stages/organisations.ts';
import { RecordForm } from '../stages/RecordForm.tsx';
import { useRecordSave } from '../stages/use-record-save.ts';
import { papersHours, papersLate } from './papers-timing.ts';

export interface MeetingFormProps {
  readonly id: number | null;
  readonly initial: RecordData<'meeting'> | null;
  readonly view: SectionProps['view'];
  readonly saveRecord: SectionProps['saveRecord'];
  readonly onCancel: () => void;
  readonly onSaved: () => void;
}

const TIME_HINT = 'Use the 24-hour clock, for example 09:30 or 14:00';

/** A rapid review meeting (or a serious offence review's multi-agency meeting): who came, the papers, what was discussed and decided. */
export function MeetingForm({ id, initial, view, saveRecord, onCancel, onSaved }: MeetingFormProps) {
  const saving = useRecordSave(saveRecord);
  const defaultKind = view.summary.kind === 'serious-offence-review' ? 'review-meeting' : 'rapid-review';
  const [meetingKind, setMeetingKind] = useState<string>(initial?.meetingKind ?? defaultKind);
  const [heldOn, setHeldOn] = useState(initial?.heldOn ?? '');
  const [startsAt, setStartsAt] = useState(initial?.startsAt ?? '');
  const [chair, setChair] = useState<NamedPerson>(initial?.chair ?? EMPTY_NAMED_PERSON);
  const [attendees, setAttendees] = useState<NamedPerson[]>(initial?.attendees ?? [EMPTY_NAMED_PERSON]);
  const [papersSharedOn, setPapersSharedOn] = useState(initial?.papersSharedOn ?? '');
  const [papersSharedAt, setPapersSharedAt] = useState(initial?.papersSharedAt ?? '');
  const [latePapersReason, setLatePapersReason] = useState(initial?.latePapersReason ?? '');
  const [readingTimeGiven, setReadingTimeGiven] = useState(initial?.readingTimeGiven ?? '');
  const [facts, setFacts] = useState(initial?.facts ?? '');
  const [immediateSafetyActions, setImmediateSafetyActions] = useState(initial?.immediateSafetyActions ?? '');
  const [potentialLearning, setPotentialLearning] = useState(initial?.potentialLearning ?? '');
  const [pendingInformation, setPendingInformation] = useState(initial?.pendingInformation ?? '');
  const [circumstances, setCircumstances] = useState<string[]>(initial?.circumstances ?? []);
  const [circumstancesNotes, setCircumstancesNotes] = useState(initial?.circumstancesNotes ?? '');
  const [outcome, setOutcome] = useState<string>(initial?.outcome ?? '');
  const [outcomeRationale, setOutcomeRationale] = useState(initial?.outcomeRationale ?? '');
  const [nationalReview, setNationalReview] = useState<string>(yesNoAnswer(initial?.nationalReviewMayBeAppropriate));

  const hours = papersHours(view);
  const late = papersSharedOn !== '' && papersLate({ heldOn, startsAt, papersSharedOn, papersSharedAt }, hours);
  const askWhyLate = late || latePapersReason !== '' || readingTimeGiven !== '';

  const submit = async () => {
    const saved = await saving.save(id, 'meeting', {
      meetingKind,
      heldOn,
      startsAt,
      chair,
      attendees: withoutEmptyRows(attendees),
      papersSharedOn: dateOrNull(papersSharedOn),
      papersSharedAt: papersSharedAt.trim() === '' ? null : papersSharedAt,
      latePapersReason: askWhyLate ? latePapersReason : '',
      readingTimeGiven: askWhyLate ? readingTimeGiven : '',
      facts,
      immediateSafetyActions,
      potentialLearning,
      pendingInformation,
      circumstances,
      circumstancesNotes,
      outcome: choiceOrNull(outcome),
      outcomeRationale,
      nationalReviewMayBeAppropriate: nullableBooleanFrom(nationalReview),
    });
    if (saved) onSaved();
  };

  return (
    <RecordForm
      title={initial === null ? 'Add a meeting' : 'Change the meeting'}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the meeting"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="meeting-form"
    >
      <OnBehalfNote who="the chair and the attendees named below" />
      <OrganisationSuggestions id={ORGANISATIONS_LIST_ID} organisations={organisationSuggestions(view.summary.agencies)} />
      <Radios
        id="meetingKind"
        legend="What kind of meeting is it?"
        value={meetingKind}
        onChange={setMeetingKind}
        error={saving.errorFor('meetingKind')}
        options={[
          { value: 'rapid-review', label: 'Rapid review meeting' },
          { value: 'review-meeting', label: 'Multi-agency review meeting', hint: 'For a serious offence review' },
        ]}
      />
      <DateInput id="heldOn" label="Meeting date" value={heldOn} onChange={setHeldOn} error={saving.errorFor('heldOn')} />
      <TextInput id="startsAt" label="Start time" hint={TIME_HINT} value={startsAt} onChange={setStartsAt} error={saving.errorFor('startsAt')} widthClass="govuk-input--width-5" />
      <NamedPersonFields idPrefix="chair" legend="Chair" person={chair} onChange={setChair} errors={saving.errors} organisationsListId={ORGANISATIONS_LIST_ID} />
      <NamedPeopleEditor
        idPrefix="attendees"
        legend="Attendance"
        hint="The meeting is quorate only if at least one attendee comes from each of the Local Authority, Police and the ICB (health), judged by the organisation entered for them. Choose the organisation from the suggestions so it matches the partnership’s list."
        itemLabel="attendee"
        people={attendees}
        onChange={setAttendees}
        errors={saving.errors}
        organisationsListId={ORGANISATIONS_LIST_ID}
      />

      <h4 className="govuk-heading-m">The papers</h4>
      <p className="govuk-body">{`The referral form, the agency summaries and the composite chronology are shared at least ${hours} hours before the meeting wherever possible.`}</p>
      <DateInput id="papersSharedOn" label="Date the papers were shared" value={papersSharedOn} onChange={setPapersSharedOn} error={saving.errorFor('papersSharedOn')} />
      <TextInput
        id="papersSharedAt"
        label="Time the papers were shared"
        hint={TIME_HINT}
        value={papersSharedAt}
        onChange={setPapersSharedAt}
        error={saving.errorFor('papersSharedAt')}
        widthClass="govuk-input--width-5"
      />
      {askWhyLate ? (
        <div className="govuk-inset-text" data-testid="late-papers">
          <p className="govuk-body">
            {late ? `These papers went out less than ${hours} hours before the meeting. That is allowed, with the reason recorded and reading time given at the start of the meeting (policy 18).` : 'Papers shared late: the reason and the reading time given.'}
          </p>
          <TextArea id="latePapersReason" label="Why were the papers late?" value={latePapersReason} onChange={setLatePapersReason} error={saving.errorFor('latePapersReason')} rows={3} />
          <TextInput
            id="readingTimeGiven"
            label="Reading time given at the meeting"
            hint="For example, 30 minutes at the start of the meeting"
            value={readingTimeGiven}
            onChange={setReadingTimeGiven}
            error={saving.errorFor('readingTimeGiven')}
          />
        </div>
      ) : null}

      <h4 className="govuk-heading-m">The discussion</h4>
      <TextArea id="facts" label="The facts" hint="The facts about the case as presented in the papers" value={facts} onChange={setFacts} error={saving.errorFor('facts')} />
      <TextArea
        id="immediateSafetyActions"
        label="Immediate safety actions"
        hint="Any action needed now to keep this child or other children safe"
        value={immediateSafetyActions}
        onChange={setImmediateSafetyActions}
        error={saving.errorFor('immediateSafetyActions')}
      />
      <TextArea id="potentialLearning" label="Potential learning" value={potentialLearning} onChange={setPotentialLearning} error={saving.errorFor('potentialLearning')} />
      <TextArea
        id="pendingInformation"
        label="Information still pending"
        hint="For example toxicology results, criminal charges or a long-term prognosis"
        value={pendingInformation}
        onChange={setPendingInformation}
        error={saving.errorFor('pendingInformation')}
      />
      <Checkboxes
        id="circumstances"
        legend="Circumstances the National Panel asks about"
        hint="Tick all that apply. They go into the report to the National Panel and the partnership’s theme figures."
        value={circumstances}
        onChange={setCircumstances}
        error={saving.errorFor('circumstances')}
        options={CIRCUMSTANCES.map((value) => ({ value, label: CIRCUMSTANCE_LABELS[value] }))}
      />
      <TextArea id="circumstancesNotes" label="Notes on the circumstances" value={circumstancesNotes} onChange={setCircumstancesNotes} error={saving.errorFor('circumstancesNotes')} rows={3} />

      <h4 className="govuk-heading-m">The decision</h4>
      <Radios
        id="outcome"
        legend="Outcome"
        hint="Only a quorate meeting can decide the outcome."
        value={outcome}
        onChange={setOutcome}
        error={saving.errorFor('outcome')}
        options={[{ value: '', label: 'Not decided yet' }, ...RAPID_REVIEW_OUTCOMES.map((value) => ({ value, label: RAPID_REVIEW_OUTCOME_LABELS[value] }))]}
      />
      <TextArea id="outcomeRationale" label="Rationale for the outcome" value={outcomeRationale} onChange={setOutcomeRationale} error={saving.errorFor('outcomeRationale')} />
      <Radios
        id="nationalReviewMayBeAppropriate"
        legend="May a national review be appropriate?"
        hint="Whether the case raises issues that are complex or of national importance"
        value={nationalReview}
        onChange={setNationalReview}
        error={saving.errorFor('nationalReviewMayBeAppropriate')}
        options={YES_NO}
        inline
      />
    </RecordForm>
  );
}
