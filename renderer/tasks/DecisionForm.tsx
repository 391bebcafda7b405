/**
 * Confirming or correcting the entry the Business Unit made on the person's behalf, then signing
 * it: main makes a decision bundle signed by this install, which replaces the on-behalf entry on
 * the Business Unit's install (both are kept in the case's history).
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import type { DecisionRequestPayload } from '../../shared/exchange/payloads.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { DateInput } from '../components/form/DateInput.tsx';
import { Radios } from '../components/form/Radios.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { fieldErrorsFromIssues, fieldId } from '../components/problems.ts';
import { lockedOutcome, outcomeErrors, type FieldOf } from './answer-errors.ts';
import { AnswerProgress } from './AnswerProgress.tsx';
import type { MadeBundle } from './BundleOutcome.tsx';
import { decisionFields, type DecisionAnswers } from './decision-fields.ts';
import { NO_FILES } from './file-choice.ts';
import { useAnswer } from './use-answer.ts';

export interface DecisionFormProps {
  readonly task: TaskView;
  readonly payload: DecisionRequestPayload;
  readonly onMade: (outcome: MadeBundle) => void;
}

export function DecisionForm({ task, payload, onMade }: DecisionFormProps) {
  const fields = useMemo(() => decisionFields(payload.entry), [payload.entry]);
  const answer = useAnswer();
  const [answers, setAnswers] = useState<DecisionAnswers>(fields.initial);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const change = (part: keyof DecisionAnswers) => (value: string) => setAnswers((current) => ({ ...current, [part]: value }));

  // Main's paths: "answer.decidedOn" is the form's date; "answer.data.x" is the record's field x.
  const fieldOf: FieldOf = (path) => {
    if (path === 'answer.decidedOn') return fields.dateId;
    const inData = /^answer\.data\.(.+)$/.exec(path);
    return inData === null ? undefined : fieldId(inData[1]!);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.busy) return;
    const checked = fields.schema.safeParse(fields.build(answers));
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues));
      return;
    }
    setErrors([]);
    const data = checked.data as Record<string, unknown>;
    const outcome = await answer.run(NO_FILES, () => ({ kind: 'decision', taskId: task.id, answer: { decidedOn: answers.date.trim(), data } }));
    if (outcome.kind === 'saved' || outcome.kind === 'not-saved') onMade(outcome);
    else if (!lockedOutcome(outcome)) setErrors(outcomeErrors(outcome, fields.choiceId, fieldOf));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="decision-form">
      <h2 className="govuk-heading-m">Confirm or correct it</h2>
      <p className="govuk-body govuk-!-width-two-thirds">
        {`What you give here is signed by this install and replaces the entry made on your behalf. ${task.from.organisation} keeps both in the case’s history.`}
      </p>
      <ErrorSummary errors={errors} />
      <Radios
        id={fields.choiceId}
        legend={fields.choiceLegend}
        value={answers.choice}
        onChange={change('choice')}
        options={fields.choiceOptions}
        inline={fields.inline}
        error={errorFor(errors, fields.choiceId)}
      />
      <TextArea id={fields.textId} label={fields.textLabel} hint={fields.textHint} value={answers.text} onChange={change('text')} error={errorFor(errors, fields.textId)} rows={4} />
      <DateInput id={fields.dateId} label={fields.dateLabel} value={answers.date} onChange={change('date')} error={errorFor(errors, fields.dateId)} />
      {answer.busy ? <AnswerProgress phase={answer.phase} bundle="decision bundle" onCancel={answer.cancel} /> : null}
      <button type="submit" className="govuk-button" aria-disabled={answer.busy}>
        {answer.busy ? 'Making the decision bundle…' : 'Sign and make the decision bundle'}
      </button>
    </form>
  );
}
