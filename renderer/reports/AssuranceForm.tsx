/**
 * One completion of the Practice Review Assurance Questions (toolkit item 8), by the chair or by
 * the lead reviewer: their name, and each question answered yes, partly or no, with what is
 * missing said wherever the answer is not yes.
 */
import { useState } from 'react';
import { ASSURANCE_ANSWERS, ASSURANCE_QUESTIONS, ASSURANCE_SIGNER_LABELS, assuranceInput, type AssuranceQuestionKey, type AssuranceSigner, type AssuranceView } from '../../shared/reports/assurance.ts';
import type { Result } from '../../shared/errors.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import type { FieldError } from '../components/field-errors.ts';
import { Radios } from '../components/form/Radios.tsx';
import { fieldErrorsFromIssues } from '../components/problems.ts';
import { TextArea } from '../components/form/TextArea.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { RecordForm } from '../case/stages/RecordForm.tsx';
import { useApi } from '../session/api-context.tsx';
import { useFormSave } from './use-form-save.ts';

export const ANSWER_LABELS: Readonly<Record<(typeof ASSURANCE_ANSWERS)[number], string>> = { yes: 'Yes', partly: 'Partly', no: 'No' };
const ANSWER_OPTIONS = ASSURANCE_ANSWERS.map((answer) => ({ value: answer, label: ANSWER_LABELS[answer] }));

type Answer = { readonly answer: string; readonly comment: string };
type Answers = Readonly<Record<AssuranceQuestionKey, Answer>>;

function answersFrom(completion: AssuranceView | undefined): Answers {
  return Object.fromEntries(
    ASSURANCE_QUESTIONS.map((question) => {
      const given = completion?.answers.find((answer) => answer.key === question.key);
      return [question.key, { answer: given?.answer ?? '', comment: given?.comment ?? '' }];
    }),
  ) as Answers;
}

/** Main's problem paths are inside "assurance."; this form's boxes add "assurance-" so they are unique on the page. */
const onScreen = (field: string) => `assurance-${field}`;

function namedQuestion(error: FieldError): FieldError {
  if (error.field === undefined) return error;
  const unanswered = /^answers-(\d+)-answer$/.exec(error.field);
  return { field: onScreen(error.field), message: unanswered === null ? error.message : `Answer question ${Number(unanswered[1]) + 1}` };
}

export interface AssuranceFormProps {
  readonly view: ReportsView;
  readonly signer: AssuranceSigner;
  /** The earlier completion, if any: its answers are the starting point. */
  readonly previous: AssuranceView | undefined;
  readonly applyResult: (result: Result<ReportsView>) => Result<ReportsView>;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

export function AssuranceForm({ view, signer, previous, applyResult, onSaved, onCancel }: AssuranceFormProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { problemPrefix: 'assurance.', fieldFor: onScreen });
  const [name, setName] = useState(previous?.name ?? '');
  const [answers, setAnswers] = useState<Answers>(() => answersFrom(previous));
  const role = ASSURANCE_SIGNER_LABELS[signer].toLowerCase();

  const change = (key: AssuranceQuestionKey, next: Partial<Answer>) => setAnswers((current) => ({ ...current, [key]: { ...current[key], ...next } }));

  const submit = async () => {
    const sent = {
      signer,
      name,
      // An unanswered question goes without an answer, so the schema's "Answer each question" is said beside it.
      answers: ASSURANCE_QUESTIONS.map((question) => {
        const given = answers[question.key];
        return { key: question.key, answer: given.answer === '' ? undefined : given.answer, comment: given.answer === 'yes' ? '' : given.comment };
      }),
    };
    // Checked here first, so each unanswered question is named in the summary rather than twelve
    // links all saying "Answer each question".
    const checked = assuranceInput.safeParse(sent);
    if (!checked.success) {
      saving.setErrors(fieldErrorsFromIssues(checked.error.issues).map(namedQuestion));
      return;
    }
    const saved = await saving.submit(assuranceInput, sent, (assurance) => call('reports.saveAssurance', { reference: view.reference, assurance }));
    if (saved) onSaved();
  };

  return (
    <RecordForm
      title={`Complete the assurance checklist as ${role}`}
      lead="Answer each question about the review and its report. Where the answer is not yes, say what is missing."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the checklist"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId={`assurance-form-${signer}`}
    >
      <TextInput id="assurance-name" label={`Name of the ${role}`} value={name} onChange={setName} error={saving.errorFor('assurance-name')} widthClass="govuk-input--width-30" />
      {ASSURANCE_QUESTIONS.map((question, index) => {
        const given = answers[question.key];
        const radiosId = `assurance-answers-${index}-answer`;
        const commentId = `assurance-answers-${index}-comment`;
        return (
          <div key={question.key}>
            <Radios id={radiosId} legend={`${index + 1}. ${question.text}`} value={given.answer} onChange={(answer) => change(question.key, { answer })} options={ANSWER_OPTIONS} error={saving.errorFor(radiosId)} inline />
            {given.answer === 'partly' || given.answer === 'no' ? (
              <div className="govuk-radios__conditional govuk-!-margin-bottom-6">
                <TextArea id={commentId} label={`What is missing (question ${index + 1})`} value={given.comment} onChange={(comment) => change(question.key, { comment })} error={saving.errorFor(commentId)} rows={3} />
              </div>
            ) : null}
          </div>
        );
      })}
    </RecordForm>
  );
}
