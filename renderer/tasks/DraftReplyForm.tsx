/**
 * An agency's reply on a draft report: its comments on factual accuracy and, if it wants, files
 * that support them. Main makes a reply bundle signed by this install for the draft's sender.
 */
import { useState, type FormEvent } from 'react';
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import { draftReplyAnswer } from '../../shared/exchange/exchange-view.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { TextArea } from '../components/form/TextArea.tsx';
import { fieldErrorsFromIssues } from '../components/problems.ts';
import { lockedOutcome, outcomeErrors, type FieldOf } from './answer-errors.ts';
import { AnswerProgress } from './AnswerProgress.tsx';
import type { MadeBundle } from './BundleOutcome.tsx';
import { NO_FILES, type FileChoice } from './file-choice.ts';
import { FileChooser } from './FileChooser.tsx';
import { useAnswer } from './use-answer.ts';

const ATTACHMENTS = 'attachments';
const MOST_ATTACHMENTS = 20;

const fieldOf: FieldOf = (path) => {
  if (path === 'answer.comments') return 'comments';
  return path.startsWith('answer.stagedAttachments') ? ATTACHMENTS : undefined;
};

export interface DraftReplyFormProps {
  readonly task: TaskView;
  readonly onMade: (outcome: MadeBundle) => void;
}

export function DraftReplyForm({ task, onMade }: DraftReplyFormProps) {
  const answer = useAnswer();
  const [comments, setComments] = useState('');
  const [attachments, setAttachments] = useState<FileChoice | null>(null);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.busy) return;
    const files = attachments ?? NO_FILES;
    // Checked with the shared schema first, with stand-in ids for files not yet sent.
    const checked = draftReplyAnswer.safeParse({ comments, stagedAttachments: files.files.map((_, index) => index + 1) });
    const found = checked.success ? [] : fieldErrorsFromIssues(checked.error.issues).map((error) => (error.field?.startsWith('stagedAttachments') ? { field: ATTACHMENTS, message: error.message } : error));
    if (files.files.length > MOST_ATTACHMENTS && !found.some((error) => error.field === ATTACHMENTS)) found.push({ field: ATTACHMENTS, message: `Choose at most ${MOST_ATTACHMENTS} files` });
    if (found.length > 0) {
      setErrors(found);
      return;
    }
    setErrors([]);
    const outcome = await answer.run(files, (stagedAttachments) => ({ kind: 'draft-reply', taskId: task.id, answer: { comments: comments.trim(), stagedAttachments: [...stagedAttachments] } }));
    if (outcome.kind === 'saved' || outcome.kind === 'not-saved') onMade(outcome);
    else if (!lockedOutcome(outcome)) setErrors(outcomeErrors(outcome, ATTACHMENTS, fieldOf));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="draft-reply-form">
      <h2 className="govuk-heading-m">Send your reply</h2>
      <ErrorSummary errors={errors} />
      <TextArea
        id="comments"
        label="Your comments on the draft’s factual accuracy"
        hint="Name each passage you correct and say what is right. If everything is accurate, write “No factual corrections”."
        value={comments}
        onChange={setComments}
        error={errorFor(errors, 'comments')}
        rows={8}
      />
      <FileChooser
        id={ATTACHMENTS}
        label="Files that support your comments (optional)"
        hint={`For example, a marked-up copy of the draft. Up to ${MOST_ATTACHMENTS} files; choosing again replaces what you chose before.`}
        error={errorFor(errors, ATTACHMENTS)}
        multiple
        choice={attachments}
        onChoice={setAttachments}
        onPickError={(message) => setErrors([{ field: ATTACHMENTS, message }])}
      />
      {answer.busy ? <AnswerProgress phase={answer.phase} bundle="reply bundle" onCancel={answer.cancel} /> : null}
      <button type="submit" className="govuk-button" aria-disabled={answer.busy}>
        {answer.busy ? 'Making the reply bundle…' : 'Make the reply bundle'}
      </button>
    </form>
  );
}
