/**
 * An agency's actions from the sender's action plan, opened on the agency's install: who sent
 * them and for which of their cases, the sender's note, each action with its due date, and the
 * update to send back. The task never closes: the agency sends an update each time its actions
 * move on, and the page says when the last one went.
 */
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import type { ActionsPayload } from '../../shared/exchange/payloads.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { SummaryList, textOrNotRecorded } from '../case/components/SummaryList.tsx';
import { ActionsTable } from './ActionsTable.tsx';
import { ActionsUpdateForm } from './ActionsUpdateForm.tsx';
import type { MadeBundle } from './BundleOutcome.tsx';

export interface ActionsTaskProps {
  readonly task: TaskView;
  readonly payload: ActionsPayload;
  readonly onMade: (outcome: MadeBundle) => void;
}

export function ActionsTask({ task, payload, onMade }: ActionsTaskProps) {
  const sender = task.from.organisation;
  const count = payload.actions.length;
  return (
    <>
      <h2 className="govuk-heading-m">The actions</h2>
      <SummaryList
        testId="actions-details"
        rows={[
          { label: 'Actions for', value: payload.agency },
          { label: 'Number of actions', value: count.toLocaleString('en-GB') },
          { label: 'Note from the sender', value: textOrNotRecorded(payload.note) },
        ]}
      />
      <p className="govuk-body govuk-!-width-two-thirds">
        {`${count === 1 ? 'This action is' : `These ${count.toLocaleString('en-GB')} actions are`} from ${sender}’s action plan for case ${task.theirReference}. The status is the one their plan gave when they sent ${count === 1 ? 'it' : 'them'}.`}
      </p>
      <ActionsTable actions={payload.actions} sender={sender} />
      <div className="govuk-inset-text" data-testid="last-update">
        {task.answeredAt === null
          ? `No update has been sent to ${sender} yet.`
          : `Your last update was sent on ${formatTimestamp(task.answeredAt)}. Send another whenever the actions move on: ${sender} takes the latest update for each action.`}
      </div>
      {task.canAnswer ? (
        <>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <ActionsUpdateForm task={task} payload={payload} onMade={onMade} />
        </>
      ) : null}
    </>
  );
}
