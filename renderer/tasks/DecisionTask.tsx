/**
 * A decision asked of someone with no account on the Business Unit's desk (a screening panel
 * member, a partner endorsing a meeting's outcome, a declaration of interest): what is asked,
 * the entry made on their behalf, and the form to confirm or correct and sign it.
 */
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import { DECISION_RECORD_LABELS, type DecisionRequestPayload } from '../../shared/exchange/payloads.ts';
import { SummaryList, textOrNotRecorded } from '../case/components/SummaryList.tsx';
import { formatDate } from '../components/format-date.ts';
import type { MadeBundle } from './BundleOutcome.tsx';
import { DecisionEntry } from './DecisionEntry.tsx';
import { DecisionForm } from './DecisionForm.tsx';

export interface DecisionTaskProps {
  readonly task: TaskView;
  readonly payload: DecisionRequestPayload;
  readonly onMade: (outcome: MadeBundle) => void;
}

export function DecisionTask({ task, payload, onMade }: DecisionTaskProps) {
  return (
    <>
      <h2 className="govuk-heading-m">What is asked</h2>
      <SummaryList
        testId="decision-request"
        rows={[
          { label: 'What it is', value: DECISION_RECORD_LABELS[payload.entry.recordType] },
          { label: 'Asked of', value: payload.personName },
          { label: 'The question', value: textOrNotRecorded(payload.question) },
          { label: 'Reply by', value: payload.replyBy === null ? 'No date given' : formatDate(payload.replyBy) },
        ]}
      />
      <h2 className="govuk-heading-m">The entry made on your behalf</h2>
      <p className="govuk-body govuk-!-width-two-thirds">
        {task.state === 'open'
          ? `${task.from.organisation} recorded this for you. Until you sign your own, the case says it was entered on your behalf.`
          : `${task.from.organisation} recorded this for you. The decision you signed replaces it once ${task.from.organisation} imports your bundle; both stay in the case’s history.`}
      </p>
      <DecisionEntry entry={payload.entry} />
      {task.state === 'open' && task.canAnswer ? (
        <>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <DecisionForm task={task} payload={payload} onMade={onMade} />
        </>
      ) : null}
    </>
  );
}
