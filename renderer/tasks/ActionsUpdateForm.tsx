/**
 * An agency's update on the actions it was sent: for each action that has moved on, its new
 * status, the evidence of its impact in words and, if the agency has them, evidence files. Only
 * the actions the person changed are sent. Main makes an update bundle signed by this install;
 * the form then empties, ready for the next update, as the task takes one after another.
 */
import { Fragment, useState, type FormEvent } from 'react';
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import type { ActionsPayload } from '../../shared/exchange/payloads.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { Radios } from '../components/form/Radios.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { actionFields, checkDrafts, EMPTY_DRAFT, evidenceChoices, fileFieldOf, MOST_EVIDENCE_FILES, updatesFieldOf, updatesToSend, type ActionDraft } from './action-updates.ts';
import { ACTION_STATUS_OPTIONS, actionName, statusLabel } from './action-words.ts';
import { lockedOutcome, outcomeErrors } from './answer-errors.ts';
import { AnswerProgress } from './AnswerProgress.tsx';
import type { MadeBundle } from './BundleOutcome.tsx';
import { FileChooser } from './FileChooser.tsx';
import { useAnswer } from './use-answer.ts';

export interface ActionsUpdateFormProps {
  readonly task: TaskView;
  readonly payload: ActionsPayload;
  readonly onMade: (outcome: MadeBundle) => void;
}

export function ActionsUpdateForm({ task, payload, onMade }: ActionsUpdateFormProps) {
  const answer = useAnswer();
  const actions = payload.actions;
  const [drafts, setDrafts] = useState<readonly ActionDraft[]>(() => actions.map(() => EMPTY_DRAFT));
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  // A new round of fields after each bundle made, so the browser's file inputs empty too.
  const [round, setRound] = useState(0);

  const change = (index: number, part: Partial<ActionDraft>) => setDrafts((current) => current.map((draft, at) => (at === index ? { ...draft, ...part } : draft)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.busy) return;
    const checked = checkDrafts(actions, drafts);
    if (checked.errors.length > 0) {
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    const { changed } = checked;
    const outcome = await answer.run(evidenceChoices(drafts, changed), (stagedIds) => ({
      kind: 'actions-update',
      taskId: task.id,
      answer: { updates: updatesToSend(actions, drafts, changed, stagedIds) },
    }));
    if (outcome.kind === 'saved' || outcome.kind === 'not-saved') {
      // Recorded as sent either way: what was in it is not sent twice by accident.
      setDrafts(actions.map(() => EMPTY_DRAFT));
      setRound((current) => current + 1);
      onMade(outcome);
    } else if (!lockedOutcome(outcome)) {
      const fileField = outcome.kind === 'file-refused' ? fileFieldOf(drafts, changed, outcome.index) : actionFields(changed[0]!).files;
      setErrors(outcomeErrors(outcome, fileField, updatesFieldOf(changed)));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="actions-update-form">
      <h2 className="govuk-heading-m">Send an update</h2>
      <p className="govuk-body govuk-!-width-two-thirds">
        {`Update the actions that have moved on: choose each one’s new status, say what difference it has made, and add any evidence files. Actions you leave blank are not sent. Your update goes to ${task.from.organisation} as a bundle sealed for their install and signed by this one; for each action they take your latest update.`}
      </p>
      <ErrorSummary errors={errors} />
      <Fragment key={round}>
        {actions.map((action, index) => {
          const fields = actionFields(index);
          const draft = drafts[index]!;
          const name = actionName(action, index);
          return (
            <div key={action.actionId} data-testid={`action-update-${index + 1}`}>
              <h3 className="govuk-heading-s">{`${name.charAt(0).toUpperCase()}${name.slice(1)}`}</h3>
              <Radios
                id={fields.status}
                legend={`New status of action ${index + 1}`}
                hint={`When it was sent: ${statusLabel(action.status)}`}
                value={draft.status}
                onChange={(status) => change(index, { status })}
                options={ACTION_STATUS_OPTIONS}
                error={errorFor(errors, fields.status)}
              />
              <TextArea
                id={fields.evidence}
                label={`Evidence of impact for action ${index + 1} (optional)`}
                hint="What has changed because of it, and how you know: an audit’s findings, figures, what children and families said."
                value={draft.evidence}
                onChange={(evidence) => change(index, { evidence })}
                error={errorFor(errors, fields.evidence)}
                rows={4}
              />
              <FileChooser
                id={fields.files}
                label={`Evidence files for action ${index + 1} (optional)`}
                hint={`For example, an audit report or training records. Up to ${MOST_EVIDENCE_FILES} files of at most 50 MB each; choosing again replaces what you chose before.`}
                error={errorFor(errors, fields.files)}
                multiple
                choice={draft.files}
                onChoice={(files) => change(index, { files })}
                onPickError={(message) => setErrors([{ field: fields.files, message }])}
              />
              {index < actions.length - 1 ? <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" /> : null}
            </div>
          );
        })}
      </Fragment>
      {answer.busy ? <AnswerProgress phase={answer.phase} bundle="update bundle" onCancel={answer.cancel} /> : null}
      <button type="submit" className="govuk-button" aria-disabled={answer.busy}>
        {answer.busy ? 'Making the update bundle…' : 'Make the update bundle'}
      </button>
    </form>
  );
}
