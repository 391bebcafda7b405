import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { EvidenceNotShown } from '../../evidence/EvidenceNotShown.tsx';
import { AgencySummaryCard } from '../../evidence/summaries/AgencySummaryCard.tsx';
import type { SummaryEditing } from '../../evidence/summaries/summary-editing.ts';
import { useEvidence, type UseEvidence } from '../../evidence/use-evidence.ts';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';

/** Stage 3: each agency's Agency Summary Form (policy 18), entered or imported, and the Business Unit's rating of its quality. */
export function SummariesSection({ view: caseView, refreshCase }: SectionProps) {
  const evidence = useEvidence(caseView.summary.reference, refreshCase);
  return (
    <section aria-labelledby="summaries-heading" data-testid="summaries-section">
      <SectionHeading lead="Each agency’s account of its work with the child and family, shared with the meeting’s papers.">
        <span id="summaries-heading">Agency summaries</span>
      </SectionHeading>
      {evidence.load.state === 'loaded' ? (
        <Summaries view={evidence.load.view} applyResult={evidence.applyResult} />
      ) : (
        <EvidenceNotShown load={evidence.load} what="the agency summaries" onRetry={evidence.reload} />
      )}
    </section>
  );
}

function Summaries({ view, applyResult }: { view: EvidenceView; applyResult: UseEvidence['applyResult'] }) {
  const stage = useStageEditing<SummaryEditing>();
  const received = view.agencies.filter((agency) => view.summaries.some((summary) => summary.agency === agency)).length;
  return (
    <>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />
      {view.agencies.length === 0 ? (
        <p className="govuk-body" data-testid="summaries-empty">
          No agencies are involved in this case yet. An agency is added from the referral, or when a request for information is sent to it.
        </p>
      ) : (
        <p className="govuk-body" data-testid="summaries-count">{`${received} of ${view.agencies.length} ${view.agencies.length === 1 ? 'agency has' : 'agencies have'} returned a summary.`}</p>
      )}
      {view.agencies.map((agency, index) => (
        <AgencySummaryCard
          key={agency}
          view={view}
          agency={agency}
          index={index}
          summary={view.summaries.find((summary) => summary.agency === agency) ?? null}
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
