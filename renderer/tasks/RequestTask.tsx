/**
 * An information request to an agency, opened on the agency's install for its nominated
 * representative: what is asked and by when, whom to search for, the template and letter to
 * download, and the return to send back.
 */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import type { RequestPayload } from '../../shared/exchange/payloads.ts';
import { CASE_KIND_LABELS, isCaseKind } from '../../shared/case-kinds.ts';
import { SummaryList, textOrNotRecorded } from '../case/components/SummaryList.tsx';
import { formatDate } from '../components/format-date.ts';
import { PeopleToSearch } from './PeopleToSearch.tsx';
import { ReturnForm } from './ReturnForm.tsx';
import type { MadeBundle } from './BundleOutcome.tsx';
import { TaskFiles } from './TaskFiles.tsx';

const WORKBOOK_LEAD = 'The workbook to fill in: its agency summary form and its chronology template. Send the same workbook back, completed.';

export interface RequestTaskProps {
  readonly task: TaskView;
  readonly payload: RequestPayload;
  readonly user: SignedInUser;
  readonly onMade: (outcome: MadeBundle) => void;
}

export function RequestTask({ task, payload, user, onMade }: RequestTaskProps) {
  return (
    <>
      <h2 className="govuk-heading-m">What is asked</h2>
      <SummaryList
        testId="request-details"
        rows={[
          { label: 'Addressed to', value: `${payload.recipientName}, ${payload.agency}` },
          { label: 'Sent on', value: formatDate(payload.sentOn) },
          { label: 'Kind of review', value: isCaseKind(payload.caseKind) ? CASE_KIND_LABELS[payload.caseKind] : textOrNotRecorded(payload.caseKind) },
          { label: 'Date of the incident', value: payload.incidentDate === null ? textOrNotRecorded(null) : formatDate(payload.incidentDate) },
          {
            label: 'Securing your records',
            value: payload.secureFiles ? 'Asked: secure all your records about the case so that only your nominated representative can reach them, and confirm it in your return' : 'Not asked',
          },
          { label: 'Note from the sender', value: textOrNotRecorded(payload.note) },
        ]}
      />
      <h2 className="govuk-heading-m">People to search for</h2>
      <p className="govuk-body govuk-!-width-two-thirds">Search your records for each of these people, by every name and date of birth given. Record what you find in the template’s chronology.</p>
      <PeopleToSearch people={payload.people} />
      <h2 className="govuk-heading-m">Files to download</h2>
      <TaskFiles taskId={task.id} files={task.files} lead={payload.letterItem === null ? WORKBOOK_LEAD : `The request letter. ${WORKBOOK_LEAD}`} />
      {task.state === 'open' && task.canAnswer ? (
        <>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <ReturnForm task={task} payload={payload} user={user} onMade={onMade} />
        </>
      ) : null}
    </>
  );
}
