/**
 * Recording the practitioners' case discussion in its three frames: Kolb's learning cycle,
 * Signs of Safety (with its 0 to 10 scale and who gave the score) and the Problem Tree. Each
 * list is one point a line, so a point can be added, changed or taken out as text is.
 */
import { useState, type ReactNode } from 'react';
import { caseDiscussion } from '../../shared/reports/discussion.ts';
import type { Result } from '../../shared/errors.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { DateInput } from '../components/form/DateInput.tsx';
import { NumberField } from '../components/form/NumberField.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { RecordForm } from '../case/stages/RecordForm.tsx';
import { useApi } from '../session/api-context.tsx';
import { answersFrom, discussionFieldFor, discussionFrom, scaleProblem, type DiscussionAnswers } from './discussion-answers.ts';
import { CORE_PROBLEM_LABEL, FRAMES, type Frame, type ListPath } from './discussion-frames.ts';
import { useFormSave } from './use-form-save.ts';

const POINTS_HINT = 'One point a line.';

export interface DiscussionFormProps {
  readonly view: ReportsView;
  readonly applyResult: (result: Result<ReportsView>) => Result<ReportsView>;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

export function DiscussionForm({ view, applyResult, onSaved, onCancel }: DiscussionFormProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { problemPrefix: 'discussion.', fieldFor: discussionFieldFor });
  const [answers, setAnswers] = useState<DiscussionAnswers>(() => answersFrom(view.discussion));
  const set = (change: Partial<DiscussionAnswers>) => setAnswers((current) => ({ ...current, ...change }));
  const setList = (path: ListPath, text: string) => setAnswers((current) => ({ ...current, lists: { ...current.lists, [path]: text } }));

  const submit = async () => {
    const scale = scaleProblem(answers);
    if (scale !== null) {
      saving.setErrors([{ field: 'signsOfSafety-scale', message: scale }]);
      return;
    }
    const saved = await saving.submit(caseDiscussion, discussionFrom(answers), (discussion) => call('reports.saveDiscussion', { reference: view.reference, discussion }));
    if (saved) onSaved();
  };

  const listBox = (path: ListPath, label: string) => {
    const id = path.replace('.', '-');
    return <TextArea key={path} id={id} label={label} hint={POINTS_HINT} value={answers.lists[path]} onChange={(text) => setList(path, text)} error={saving.errorFor(id)} rows={4} />;
  };
  const frame = (each: Frame, extra?: ReactNode) => (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={each.key} data-testid={`frame-${each.key}`}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{each.title}</legend>
      <p className="govuk-hint">{each.lead}</p>
      {each.key === 'problemTree' ? (
        <>
          {listBox('problemTree.rootCauses', 'Root causes')}
          <TextArea id="problemTree-coreProblem" label={CORE_PROBLEM_LABEL} value={answers.coreProblem} onChange={(coreProblem) => set({ coreProblem })} error={saving.errorFor('problemTree-coreProblem')} rows={3} />
          {listBox('problemTree.effects', 'Effects')}
        </>
      ) : (
        each.lists.map((list) => listBox(list.path, list.label))
      )}
      {extra}
    </fieldset>
  );

  return (
    <RecordForm
      title={view.discussion === null ? 'Record the case discussion' : 'Change the case discussion'}
      lead="What the practitioners said, in the words of their roles: names of the family and of practitioners belong in the redaction register, not here."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the case discussion"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="discussion-form"
    >
      <DateInput id="heldOn" label="Date of the discussion (optional)" value={answers.heldOn} onChange={(heldOn) => set({ heldOn })} error={saving.errorFor('heldOn')} />
      <TextArea
        id="participants"
        label="Who took part (optional)"
        hint="Their roles, one a line, for example “Health visitor” or “Social worker, Salford”."
        value={answers.participants}
        onChange={(participants) => set({ participants })}
        error={saving.errorFor('participants')}
        rows={4}
      />
      {FRAMES.map((each) =>
        frame(
          each,
          each.key === 'signsOfSafety' ? (
            <>
              <NumberField
                id="signsOfSafety-scale"
                label="The scale, from 0 to 10 (optional)"
                hint="How safe the practitioners judged the child: 10 means everyone agreed the child was safe enough, 0 that harm was certain."
                value={answers.scale}
                onChange={(scale) => set({ scale })}
                error={saving.errorFor('signsOfSafety-scale')}
                widthClass="govuk-input--width-2"
              />
              <TextInput id="signsOfSafety-scoredBy" label="Who gave the score" hint="Their role. Needed when a score is given." value={answers.scoredBy} onChange={(scoredBy) => set({ scoredBy })} error={saving.errorFor('signsOfSafety-scoredBy')} widthClass="govuk-input--width-20" />
            </>
          ) : undefined,
        ),
      )}
    </RecordForm>
  );
}
