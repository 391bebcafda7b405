/**
 * The agency's return to an information request: the completed workbook (its agency summary and
 * chronology), the confirmation that its records are secured when that was asked, and a note.
 * Main reads the workbook with the same readers and checks the Business Unit's import uses, so a
 * summary it cannot read is refused here, before anything is sent. Secured files never travel.
 */
import { useState, type FormEvent } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import type { RequestPayload } from '../../shared/exchange/payloads.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { confirmationInput, HELD_WHERE, type ConfirmationInput, type HeldWhere } from '../../shared/vault/securing.ts';
import { TextInput } from '../case/components/TextInput.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { DateInput } from '../components/form/DateInput.tsx';
import { Radios } from '../components/form/Radios.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { fieldErrorsFromIssues } from '../components/problems.ts';
import { lockedOutcome, outcomeErrors, type FieldOf } from './answer-errors.ts';
import { AnswerProgress } from './AnswerProgress.tsx';
import type { MadeBundle } from './BundleOutcome.tsx';
import type { FileChoice } from './file-choice.ts';
import { FileChooser } from './FileChooser.tsx';
import { useAnswer } from './use-answer.ts';

const WORKBOOK = 'workbook';
const NOTE_MAX = 2000;
const HELD_OPTIONS = (Object.keys(HELD_WHERE) as HeldWhere[]).map((value) => ({ value, label: HELD_WHERE[value] }));

export interface ReturnFormProps {
  readonly task: TaskView;
  readonly payload: RequestPayload;
  readonly user: SignedInUser;
  readonly onMade: (outcome: MadeBundle) => void;
}

/** Main's paths ("answer.securing.confirmedOn", "answer.stagedWorkbook") to this form's fields. */
const fieldOf: FieldOf = (path) => {
  const inAnswer = path.replace(/^answer\./, '');
  if (inAnswer === 'stagedWorkbook' || inAnswer.startsWith('workbook')) return WORKBOOK;
  if (inAnswer === 'note') return 'note';
  const securing = /^securing\.(confirmedOn|representativeName|heldWhere|heldDetails)$/.exec(inAnswer);
  if (securing !== null) return securing[1];
  return inAnswer === 'securing' ? 'confirmedOn' : undefined;
};

export function ReturnForm({ task, payload, user, onMade }: ReturnFormProps) {
  const answer = useAnswer();
  const [workbook, setWorkbook] = useState<FileChoice | null>(null);
  const [confirmedOn, setConfirmedOn] = useState(todayInLondon());
  const [representativeName, setRepresentativeName] = useState(user.name);
  const [heldWhere, setHeldWhere] = useState('');
  const [heldDetails, setHeldDetails] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);

  const checkAnswers = (): { errors: FieldError[]; securing: ConfirmationInput | null } => {
    const found: FieldError[] = [];
    if (workbook === null || workbook.files.length === 0) found.push({ field: WORKBOOK, message: 'Choose the completed workbook' });
    let securing: ConfirmationInput | null = null;
    if (payload.secureFiles) {
      // An unchosen place goes as nothing, so the schema's "Choose where the records are held" is the message.
      const checked = confirmationInput.safeParse({ confirmedOn, representativeName, heldWhere: heldWhere === '' ? undefined : heldWhere, heldDetails });
      if (checked.success) securing = checked.data;
      else found.push(...fieldErrorsFromIssues(checked.error.issues));
    }
    if (note.trim().length > NOTE_MAX) found.push({ field: 'note', message: 'Enter a note of at most 2,000 characters' });
    return { errors: found, securing };
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.busy) return;
    const checked = checkAnswers();
    if (checked.errors.length > 0 || workbook === null) {
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    const outcome = await answer.run(workbook, ([stagedWorkbook]) => ({
      kind: 'return',
      taskId: task.id,
      answer: { stagedWorkbook: stagedWorkbook!, securing: checked.securing, note: note.trim() },
    }));
    if (outcome.kind === 'saved' || outcome.kind === 'not-saved') onMade(outcome);
    else if (!lockedOutcome(outcome)) setErrors(outcomeErrors(outcome, WORKBOOK, fieldOf));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="return-form">
      <h2 className="govuk-heading-m">Send your return</h2>
      <p className="govuk-body govuk-!-width-two-thirds">
        {`Your return goes back to ${task.from.organisation} as a bundle: a file sealed so that only their install can open it, and signed by this one. You save it here and send it by your usual secure transfer.`}
      </p>
      <ErrorSummary errors={errors} />
      <FileChooser
        id={WORKBOOK}
        label="Your completed workbook"
        hint="The workbook from this request, with its agency summary and chronology filled in. It is read now, so anything that cannot be read is shown before the bundle is made."
        error={errorFor(errors, WORKBOOK)}
        multiple={false}
        accept=".xlsx"
        choice={workbook}
        onChoice={setWorkbook}
        onPickError={(message) => setErrors([{ field: WORKBOOK, message }])}
      />
      {payload.secureFiles ? (
        <div data-testid="securing-confirmation">
          <h3 className="govuk-heading-s">Confirm that your records are secured</h3>
          <p className="govuk-body govuk-!-width-two-thirds">
            {`${payload.partnership} asked your agency to secure all its records about the case, so that nobody in the agency can reach them except through its nominated representative. The records stay with you: they are not sent in the return.`}
          </p>
          <DateInput id="confirmedOn" label="Date the records were secured" value={confirmedOn} onChange={setConfirmedOn} error={errorFor(errors, 'confirmedOn')} />
          <TextInput
            id="representativeName"
            label="Name of your agency’s nominated representative"
            hint="The one person in your agency who may open the secured records"
            value={representativeName}
            onChange={setRepresentativeName}
            error={errorFor(errors, 'representativeName')}
            widthClass="govuk-input--width-30"
          />
          <Radios id="heldWhere" legend="Where are the records held?" value={heldWhere} onChange={setHeldWhere} error={errorFor(errors, 'heldWhere')} options={HELD_OPTIONS} />
          <TextArea
            id="heldDetails"
            label="Details of where they are held (optional)"
            hint="For example, the system and the restricted folder"
            value={heldDetails}
            onChange={setHeldDetails}
            error={errorFor(errors, 'heldDetails')}
            rows={3}
          />
        </div>
      ) : (
        <div className="govuk-inset-text">The request did not ask your agency to secure its records, so no confirmation is needed.</div>
      )}
      <TextArea id="note" label={`A note for ${task.from.organisation} (optional)`} value={note} onChange={setNote} error={errorFor(errors, 'note')} rows={3} />
      {answer.busy ? <AnswerProgress phase={answer.phase} bundle="return bundle" onCancel={answer.cancel} /> : null}
      <button type="submit" className="govuk-button" aria-disabled={answer.busy}>
        {answer.busy ? 'Making the return bundle…' : 'Make the return bundle'}
      </button>
    </form>
  );
}
