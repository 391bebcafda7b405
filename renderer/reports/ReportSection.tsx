/**
 * The case's Report section (issue 9): writing the review report in versions, importing a draft
 * written in Word, the versions kept, and the assurance checklist the chair and lead reviewer
 * complete before sign-off. People who may read the case but not write the report see it as it
 * reads, and are told why they cannot change it.
 */
import { useState, type ReactNode } from 'react';
import type { Result } from '../../shared/errors.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { EvidenceNotShown } from '../evidence/EvidenceNotShown.tsx';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { SectionHeading } from '../case/components/SectionHeading.tsx';
import type { SectionProps } from '../case/section-props.ts';
import { AssuranceChecklist } from './AssuranceChecklist.tsx';
import { ImportDraftForm } from './ImportDraftForm.tsx';
import { ReportEditor } from './ReportEditor.tsx';
import { ReportReading } from './ReportReading.tsx';
import { ReportVersions } from './ReportVersions.tsx';
import { useReports } from './use-reports.ts';

export function ReportSection({ view }: SectionProps) {
  const reports = useReports(view.summary.reference);
  return (
    <section aria-labelledby="report-heading" data-testid="report-section">
      <SectionHeading lead="The review report, written here in its sections or imported from a Word draft. Each saved version keeps who saved it, when and why.">
        <span id="report-heading">Report</span>
      </SectionHeading>
      {reports.load.state === 'loaded' ? (
        <ReportWorkspace view={reports.load.view} replaceView={reports.replaceView} applyResult={reports.applyResult} />
      ) : (
        <EvidenceNotShown load={reports.load} what="the report" onRetry={reports.reload} />
      )}
    </section>
  );
}

interface Outcome {
  readonly heading: string;
  readonly body?: ReactNode;
  /** A new banner for each outcome, even one worded as the last, so it takes focus again. */
  readonly count: number;
}

interface ReportWorkspaceProps {
  readonly view: ReportsView;
  readonly replaceView: (view: ReportsView) => void;
  readonly applyResult: (result: Result<ReportsView>) => Result<ReportsView>;
}

function ReportWorkspace({ view, replaceView, applyResult }: ReportWorkspaceProps) {
  const [outcome, setOutcomeState] = useState<Outcome | null>(null);
  const setOutcome = (next: Omit<Outcome, 'count'>) => setOutcomeState((current) => ({ ...next, count: (current?.count ?? 0) + 1 }));
  const latest = view.versions.reduce<ReportsView['versions'][number] | null>((newest, version) => (newest === null || version.version > newest.version ? version : newest), null);

  return (
    <>
      {outcome === null ? null : (
        <OutcomeBanner key={outcome.count} heading={outcome.heading}>
          {outcome.body}
        </OutcomeBanner>
      )}
      {view.canWrite ? null : (
        <div className="govuk-inset-text" data-testid="report-read-only">
          You can read this report but not change it. Only the Business Unit and the case’s lead reviewer write the report, import drafts and complete the assurance checklist. If
          something in it needs changing, ask them.
        </div>
      )}

      <h3 className="govuk-heading-m">The report</h3>
      <p className="govuk-body" data-testid="report-version">
        {latest === null ? 'No version has been saved yet.' : `Version ${latest.version}, saved by ${latest.savedBy} on ${formatTimestamp(latest.savedAt)}.`}
      </p>
      {view.canWrite ? (
        // A new version remounts the editor, so it starts from what was saved.
        <ReportEditor key={view.version ?? 0} view={view} applyResult={applyResult} onSaved={(version) => setOutcome({ heading: `Version ${version} of the report has been saved` })} />
      ) : (
        <ReportReading content={view.content} />
      )}

      <h3 className="govuk-heading-m">Versions</h3>
      <ReportVersions versions={view.versions} />

      {view.canWrite ? (
        <>
          <h3 className="govuk-heading-m">Import a Word draft</h3>
          <ImportDraftForm
            view={view}
            replaceView={replaceView}
            onImported={(version, fileName, warnings) =>
              setOutcome({
                heading: version === null ? `${fileName} has been imported` : `${fileName} has been imported as version ${version}`,
                body: warnings.length === 0 ? undefined : <ImportWarnings warnings={warnings} />,
              })
            }
          />
        </>
      ) : null}

      <h3 className="govuk-heading-m">Practice Review Assurance Questions</h3>
      <AssuranceChecklist view={view} applyResult={applyResult} onSaved={(heading) => setOutcome({ heading })} />
    </>
  );
}

function ImportWarnings({ warnings }: { warnings: readonly string[] }) {
  return (
    <div data-testid="import-warnings">
      <p className="govuk-body">Check the report for these before you go on:</p>
      <ul className="govuk-list govuk-list--bullet">
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
