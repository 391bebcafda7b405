/**
 * The case's Case discussion section (issue 9): the practitioners' discussion recorded in three
 * frames — Kolb's learning cycle, Signs of Safety and the Problem Tree — and its findings added
 * to the report's sections one by one.
 */
import { useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import { REPORT_SECTION_TITLES } from '../../shared/reports/report-document.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { EvidenceNotShown } from '../evidence/EvidenceNotShown.tsx';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { SectionHeading } from '../case/components/SectionHeading.tsx';
import type { SectionProps } from '../case/section-props.ts';
import type { Navigate } from '../session/places.ts';
import { DiscussionForm } from './DiscussionForm.tsx';
import { DiscussionRecord } from './DiscussionRecord.tsx';
import { useReports } from './use-reports.ts';

export function CaseDiscussionSection({ view, navigate }: SectionProps) {
  const reports = useReports(view.summary.reference);
  return (
    <section aria-labelledby="case-discussion-heading" data-testid="case-discussion-section">
      <SectionHeading lead="A structured record of the practitioners’ case discussion. Its findings can be added to the report’s sections, and later to the action plan.">
        <span id="case-discussion-heading">Case discussion</span>
      </SectionHeading>
      {reports.load.state === 'loaded' ? (
        <DiscussionWorkspace view={reports.load.view} applyResult={reports.applyResult} navigate={navigate} />
      ) : (
        <EvidenceNotShown load={reports.load} what="the case discussion" onRetry={reports.reload} />
      )}
    </section>
  );
}

interface Outcome {
  readonly heading: string;
  readonly toReport: boolean;
  readonly count: number;
}

interface DiscussionWorkspaceProps {
  readonly view: ReportsView;
  readonly applyResult: (result: Result<ReportsView>) => Result<ReportsView>;
  readonly navigate: Navigate;
}

function DiscussionWorkspace({ view, applyResult, navigate }: DiscussionWorkspaceProps) {
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcomeState] = useState<Outcome | null>(null);
  const setOutcome = (heading: string, toReport: boolean) => setOutcomeState((current) => ({ heading, toReport, count: (current?.count ?? 0) + 1 }));
  const { discussion } = view;

  const banner =
    outcome === null ? null : (
      <OutcomeBanner key={outcome.count} heading={outcome.heading}>
        {outcome.toReport ? (
          <p className="govuk-body">
            <a
              className="govuk-notification-banner__link"
              href="#report"
              onClick={(event) => {
                event.preventDefault();
                navigate({ name: 'case', reference: view.reference, section: 'report' });
              }}
            >
              Go to the report
            </a>
          </p>
        ) : null}
      </OutcomeBanner>
    );

  if (editing) {
    return (
      <DiscussionForm
        view={view}
        applyResult={applyResult}
        onCancel={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          setOutcome('The case discussion has been saved', false);
        }}
      />
    );
  }

  return (
    <>
      {banner}
      {view.canWrite ? null : (
        <div className="govuk-inset-text" data-testid="discussion-read-only">
          You can read the case discussion but not change it. Only the Business Unit and the case’s lead reviewer record it and add its findings to the report.
        </div>
      )}
      {discussion === null ? (
        <p className="govuk-body" data-testid="no-discussion">
          The case discussion has not been recorded yet.
        </p>
      ) : (
        <DiscussionRecord
          view={view}
          discussion={discussion}
          applyResult={applyResult}
          onAdded={(section, version) =>
            setOutcome(`Added to “${REPORT_SECTION_TITLES[section]}”${version === null ? '' : ` in version ${version} of the report`}`, true)
          }
        />
      )}
      {view.canWrite ? (
        <button type="button" className="govuk-button" onClick={() => setEditing(true)}>
          {discussion === null ? 'Record the case discussion' : 'Change the case discussion'}
        </button>
      ) : null}
    </>
  );
}
