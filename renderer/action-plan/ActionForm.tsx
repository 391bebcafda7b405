/**
 * Adding or changing a SMART action under a recommendation: what is to be done, the agency that
 * owns it and the person responsible there, when it is due, and what will change because of it.
 * Its progress is recorded apart (ProgressForm), so changing the action never touches its status.
 */
import { useState } from 'react';
import { actionInput, type ActionPlanView, type ActionView, type RecommendationView } from '../../shared/actions/action-plan.ts';
import type { Result } from '../../shared/errors.ts';
import { TextInput } from '../case/components/TextInput.tsx';
import { RecordForm } from '../case/stages/RecordForm.tsx';
import { DateInput } from '../components/form/DateInput.tsx';
import { Select } from '../components/form/Select.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { useFormSave } from '../reports/use-form-save.ts';
import { useApi } from '../session/api-context.tsx';
import { actionNumber } from './plan-words.ts';

/** Main's problems are inside "action."; this form's boxes add "action-" so they are unique on the page. */
const onScreen = (field: string) => `action-${field}`;

export interface ActionFormProps {
  readonly view: ActionPlanView;
  readonly recommendation: RecommendationView;
  /** The action to change; undefined for a new one. */
  readonly action: ActionView | undefined;
  readonly applyResult: (result: Result<ActionPlanView>) => Result<ActionPlanView>;
  readonly onSaved: (heading: string) => void;
  readonly onCancel: () => void;
}

export function ActionForm({ view, recommendation, action, applyResult, onSaved, onCancel }: ActionFormProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { problemPrefix: 'action.', fieldFor: onScreen });
  const [what, setWhat] = useState(action?.what ?? '');
  const [agency, setAgency] = useState(action?.agency ?? '');
  const [responsiblePerson, setResponsiblePerson] = useState(action?.responsiblePerson ?? '');
  const [dueOn, setDueOn] = useState(action?.dueOn ?? '');
  const [intendedOutcome, setIntendedOutcome] = useState(action?.intendedOutcome ?? '');
  const index = action === undefined ? recommendation.actions.length : recommendation.actions.findIndex((each) => each.id === action.id);
  const name = actionNumber(recommendation.number, index);

  // An agency kept under a name the partnership no longer lists stays choosable for this action.
  const agencies = agency === '' || view.agencies.includes(agency) ? view.agencies : [...view.agencies, agency];

  const submit = async () => {
    const answers = { recommendationId: recommendation.id, what, agency, responsiblePerson, dueOn, intendedOutcome };
    const saved = await saving.submit(actionInput, answers, (value) => call('actionPlan.saveAction', { reference: view.reference, id: action?.id ?? null, action: value }));
    if (saved) onSaved(action === undefined ? `${name} has been added` : `${name} has been changed`);
  };

  return (
    <RecordForm
      title={action === undefined ? `Add an action to recommendation ${recommendation.number}` : `Change ${name.toLowerCase()}`}
      lead="A SMART action: specific, with an owner, a date, and a change you could see when it is done."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel={action === undefined ? 'Add the action' : 'Save the action'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="action-form"
    >
      <TextArea id="action-what" label="What is to be done" value={what} onChange={setWhat} error={saving.errorFor('action-what')} rows={3} />
      <Select
        id="action-agency"
        label="Agency that owns the action"
        value={agency}
        onChange={setAgency}
        options={agencies.map((each) => ({ value: each, label: each }))}
        error={saving.errorFor('action-agency')}
      />
      <TextInput
        id="action-responsiblePerson"
        label="Responsible person"
        hint="Their name or role in the agency, for example “Head of Safeguarding”"
        value={responsiblePerson}
        onChange={setResponsiblePerson}
        error={saving.errorFor('action-responsiblePerson')}
        widthClass="govuk-input--width-30"
      />
      <DateInput id="action-dueOn" label="Due date" value={dueOn} onChange={setDueOn} error={saving.errorFor('action-dueOn')} />
      <TextArea
        id="action-intendedOutcome"
        label="Intended outcome: what will change?"
        hint="What children, families or practitioners will see differently once it is done"
        value={intendedOutcome}
        onChange={setIntendedOutcome}
        error={saving.errorFor('action-intendedOutcome')}
        rows={3}
      />
    </RecordForm>
  );
}
