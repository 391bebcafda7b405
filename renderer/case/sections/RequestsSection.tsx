import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { EvidenceNotShown } from '../../evidence/EvidenceNotShown.tsx';
import { LetterheadMissing } from '../../evidence/requests/LetterheadMissing.tsx';
import { MeetingDateHint } from '../../evidence/requests/MeetingDateHint.tsx';
import { RequestCard } from '../../evidence/requests/RequestCard.tsx';
import type { RequestEditing } from '../../evidence/requests/request-editing.ts';
import { RequestForm } from '../../evidence/requests/RequestForm.tsx';
import { RequestsTable } from '../../evidence/requests/RequestsTable.tsx';
import { useReturnsPolicy } from '../../evidence/requests/use-returns-policy.ts';
import { useEvidence, type UseEvidence } from '../../evidence/use-evidence.ts';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { OpenFormButton } from '../stages/OpenFormButton.tsx';
import { recordsOfType } from '../stages/record-data.ts';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';

/** Stage 3: the requests for information to each agency, their deadlines, chases and escalations, and the letters. */
export function RequestsSection({ view: caseView, navigate, refreshCase }: SectionProps) {
  const reference = caseView.summary.reference;
  const evidence = useEvidence(reference, refreshCase);
  const policy = useReturnsPolicy();
  return (
    <section aria-labelledby="requests-heading" data-testid="requests-section">
      <SectionHeading
        lead={`Who each agency’s request went to and when. Agencies return their summary and chronology within ${policy.workingDays} working days of the request.`}
      >
        <span id="requests-heading">Information requests</span>
      </SectionHeading>
      {evidence.load.state === 'loaded' ? (
        <Requests
          view={evidence.load.view}
          hasMeeting={recordsOfType(caseView, 'meeting').length > 0}
          amberWorkingDays={policy.amberWorkingDays}
          applyResult={evidence.applyResult}
          navigate={navigate}
        />
      ) : (
        <EvidenceNotShown load={evidence.load} what="the information requests" onRetry={evidence.reload} />
      )}
    </section>
  );
}

interface RequestsProps {
  readonly view: EvidenceView;
  readonly hasMeeting: boolean;
  readonly amberWorkingDays: number;
  readonly applyResult: UseEvidence['applyResult'];
  readonly navigate: SectionProps['navigate'];
}

function Requests({ view, hasMeeting, amberWorkingDays, applyResult, navigate }: RequestsProps) {
  const stage = useStageEditing<RequestEditing>();
  const requests = [...view.requests].sort((a, b) => a.agency.localeCompare(b.agency, 'en-GB'));
  const everyAgencyAsked = view.knownAgencies.every((agency) => view.requests.some((request) => request.agency === agency));

  return (
    <>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />
      {hasMeeting || !view.canEdit ? null : <MeetingDateHint reference={view.reference} navigate={navigate} />}
      {view.letterheadSet ? null : <LetterheadMissing navigate={navigate} />}
      {requests.length === 0 ? (
        <p className="govuk-body" data-testid="requests-empty">
          No requests for information have been sent for this case yet.
        </p>
      ) : (
        <RequestsTable requests={requests} amberWorkingDays={amberWorkingDays} />
      )}
      {stage.editing === 'new' ? (
        <RequestForm view={view} request={null} applyResult={applyResult} onCancel={stage.close} onSaved={stage.saved} />
      ) : everyAgencyAsked ? (
        view.canEdit && requests.length > 0 ? <p className="govuk-body">Every agency the partnership knows has been sent a request for this case.</p> : null
      ) : (
        <OpenFormButton label="Send a request" onClick={() => stage.open('new')} hidden={!view.canEdit || stage.editing !== null} />
      )}
      {requests.map((request) => (
        <RequestCard
          key={request.id}
          view={view}
          request={request}
          amberWorkingDays={amberWorkingDays}
          applyResult={applyResult}
          editing={stage.editing}
          open={stage.open}
          close={stage.close}
          saved={stage.saved}
        />
      ))}
    </>
  );
}
