/**
 * A redacted draft report sent to an agency to check for factual accuracy: the draft to
 * download, when to reply by, whether it may be forwarded, and the reply.
 */
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import type { DraftPayload } from '../../shared/exchange/payloads.ts';
import { SummaryList, textOrNotRecorded } from '../case/components/SummaryList.tsx';
import { formatDate } from '../components/format-date.ts';
import { WarningText } from '../components/WarningText.tsx';
import type { MadeBundle } from './BundleOutcome.tsx';
import { DraftReplyForm } from './DraftReplyForm.tsx';
import { TaskFiles } from './TaskFiles.tsx';

export interface DraftTaskProps {
  readonly task: TaskView;
  readonly payload: DraftPayload;
  readonly onMade: (outcome: MadeBundle) => void;
}

export function DraftTask({ task, payload, onMade }: DraftTaskProps) {
  return (
    <>
      <h2 className="govuk-heading-m">The draft</h2>
      {payload.mayForward ? null : <WarningText testId="do-not-forward">Do not forward this draft without the lead reviewer’s permission.</WarningText>}
      <SummaryList
        testId="draft-details"
        rows={[
          { label: 'Sent to', value: payload.agency },
          { label: 'Sent on', value: formatDate(payload.sentOn) },
          { label: 'Reply by', value: payload.replyBy === null ? 'No date given' : formatDate(payload.replyBy) },
          { label: 'May it be forwarded?', value: payload.mayForward ? 'Yes: the lead reviewer has given permission' : 'No, not without the lead reviewer’s permission' },
          { label: 'Note from the sender', value: textOrNotRecorded(payload.note) },
        ]}
      />
      <TaskFiles taskId={task.id} files={task.files} lead="The draft is redacted and marked OFFICIAL-SENSITIVE. Check the facts that concern your organisation." />
      {task.state === 'open' && task.canAnswer ? (
        <>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <DraftReplyForm task={task} onMade={onMade} />
        </>
      ) : null}
    </>
  );
}
