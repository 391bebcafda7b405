import { useState } from 'react';
import { SCREENING_DECISION_LABELS, SCREENING_DECISIONS, type RecordData } from '../../../shared/reviews/records.ts';
import type { NamedPerson } from '../../../shared/reviews/fields.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { EMPTY_NAMED_PERSON, NamedPeopleEditor, withoutEmptyRows } from '../components/NamedPeopleEditor.tsx';
import { OrganisationSuggestions } from '../components/OrganisationSuggestions.tsx';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { listNamedPeople, RecordMeta } from '../components/RecordMeta.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import { TextInput } from '../components/TextInput.tsx';
import type { SectionProps } from '../section-props.ts';
import { dateOrNull } from '../stages/answers.ts';
import { ClockTag, clocksFor } from '../stages/ClockTag.tsx';
import { dateText, text } from '../stages/describe-values.ts';
import { OnBehalfNote } from '../stages/OnBehalfNote.tsx';
import { OpenFormButton } from '../stages/OpenFormButton.tsx';
import { organisationSuggestions, ORGANISATIONS_LIST_ID } from '../stages/organisations.ts';
import { singleRecord } from '../stages/record-data.ts';
import { RecordForm } from '../stages/RecordForm.tsx';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';
import { SummaryRows } from '../stages/SummaryRows.tsx';
import { useRecordSave } from '../stages/use-record-save.ts';

/** Stage 2: the screening panel's decision and rationale, and the scrutineer's oversight comment. */
export function ScreeningSection({ view, saveRecord }: SectionProps) {
  const screening = singleRecord(view, 'screening');
  const stage = useStageEditing<'screening'>();
  return (
    <section aria-labelledby="screening-heading" data-testid="screening-section">
      <SectionHeading lead="The screening panel (the Local Authority, Police and the ICB) decides what kind of review, if any, the referral needs.">
        <span id="screening-heading">Screening</span>
      </SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />
      {clocksFor(view.clocks, 'screening').map((clock) => (
        <ClockTag key={clock.subject} clock={clock} />
      ))}
      {stage.editing === 'screening' ? (
        <ScreeningForm
          id={screening?.record.id ?? null}
          initial={screening?.data ?? null}
          view={view}
          saveRecord={saveRecord}
          onCancel={stage.close}
          onSaved={() => stage.saved('The screening decision has been saved.')}
        />
      ) : screening === null ? (
        <>
          <p className="govuk-body">No screening decision has been recorded yet.</p>
          <OpenFormButton label="Record the screening decision" onClick={() => stage.open('screening')} hidden={!view.canEdit} />
        </>
      ) : (
        <>
          <SummaryRows
            testId="screening-summary"
            rows={[
              { key: 'Decision', value: SCREENING_DECISION_LABELS[screening.data.decision] },
              { key: 'Date of the decision', value: dateText(screening.data.decidedOn) },
              { key: 'Rationale', value: screening.data.rationale },
              { key: 'Panel members who decided', value: listNamedPeople(screening.data.panel) },
            ]}
          />
          <h3 className="govuk-heading-m">The scrutineer’s oversight</h3>
          <p className="govuk-hint">Oversight, not a gate: the scrutineer’s comment does not hold the screening decision up.</p>
          <SummaryRows
            testId="scrutineer-summary"
            rows={[
              { key: 'Scrutineer', value: text(screening.data.scrutineerName) },
              { key: 'Comment', value: text(screening.data.scrutineerComment) },
              { key: 'Date of the comment', value: dateText(screening.data.scrutineerCommentedOn) },
            ]}
          />
          <RecordMeta record={screening.record} />
          <OpenFormButton label="Change the screening decision" onClick={() => stage.open('screening')} hidden={!view.canEdit} />
        </>
      )}
    </section>
  );
}

interface ScreeningFormProps {
  readonly id: number | null;
  readonly initial: RecordData<'screening'> | null;
  readonly view: SectionProps['view'];
  readonly saveRecord: SectionProps['saveRecord'];
  readonly onCancel: () => void;
  readonly onSaved: () => void;
}

function ScreeningForm({ id, initial, view, saveRecord, onCancel, onSaved }: ScreeningFormProps) {
  const saving = useRecordSave(saveRecord);
  const [decidedOn, setDecidedOn] = useState(initial?.decidedOn ?? '');
  const [decision, setDecision] = useState<string>(initial?.decision ?? '');
  const [rationale, setRationale] = useState(initial?.rationale ?? '');
  const [panel, setPanel] = useState<NamedPerson[]>(initial?.panel ?? [EMPTY_NAMED_PERSON]);
  const [scrutineerName, setScrutineerName] = useState(initial?.scrutineerName ?? '');
  const [scrutineerComment, setScrutineerComment] = useState(initial?.scrutineerComment ?? '');
  const [scrutineerCommentedOn, setScrutineerCommentedOn] = useState(initial?.scrutineerCommentedOn ?? '');

  const submit = async () => {
    const saved = await saving.save(id, 'screening', {
      decidedOn,
      decision,
      rationale,
      panel: withoutEmptyRows(panel),
      scrutineerName,
      scrutineerComment,
      scrutineerCommentedOn: dateOrNull(scrutineerCommentedOn),
    });
    if (saved) onSaved();
  };

  return (
    <RecordForm
      title={initial === null ? 'Record the screening decision' : 'Change the screening decision'}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the screening decision"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="screening-form"
    >
      <OnBehalfNote who="the panel members who took the decision" />
      <OrganisationSuggestions id={ORGANISATIONS_LIST_ID} organisations={organisationSuggestions(view.summary.agencies)} />
      <Radios
        id="decision"
        legend="What did the panel decide?"
        value={decision}
        onChange={setDecision}
        error={saving.errorFor('decision')}
        options={SCREENING_DECISIONS.map((value) => ({ value, label: SCREENING_DECISION_LABELS[value] }))}
      />
      <DateInput id="decidedOn" label="Date of the decision" value={decidedOn} onChange={setDecidedOn} error={saving.errorFor('decidedOn')} hint="The day the panel met. For example, 27 3 2026" />
      <TextArea
        id="rationale"
        label="Rationale for the decision"
        hint="Why the case does or does not meet the criteria, in plain English"
        value={rationale}
        onChange={setRationale}
        error={saving.errorFor('rationale')}
      />
      <NamedPeopleEditor
        idPrefix="panel"
        legend="Panel members who took the decision"
        hint="Name each member and the organisation they represent."
        itemLabel="panel member"
        people={panel}
        onChange={setPanel}
        errors={saving.errors}
        organisationsListId={ORGANISATIONS_LIST_ID}
        max={20}
      />
      <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">The scrutineer’s oversight (optional)</legend>
        <p className="govuk-hint">
          The Independent Scrutineer has oversight of screening decisions. Their comment is recorded here; it does not hold the decision up. The scrutineer endorses the
          rapid review’s outcome, not the screening.
        </p>
        <TextInput id="scrutineerName" label="Scrutineer’s name" value={scrutineerName} onChange={setScrutineerName} error={saving.errorFor('scrutineerName')} widthClass="govuk-input--width-30" />
        <TextArea id="scrutineerComment" label="Their comment" value={scrutineerComment} onChange={setScrutineerComment} error={saving.errorFor('scrutineerComment')} rows={3} />
        <DateInput id="scrutineerCommentedOn" label="Date of the comment" value={scrutineerCommentedOn} onChange={setScrutineerCommentedOn} error={saving.errorFor('scrutineerCommentedOn')} />
      </fieldset>
    </RecordForm>
  );
}
