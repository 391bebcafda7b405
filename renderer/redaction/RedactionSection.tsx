/**
 * The case's Redaction and exports section: the redaction register (people and places, and what
 * each is published as), the identifiers the detectors found for the reviewer to redact or
 * dismiss, the exports with their preview and redaction summary, the 7-minute briefing, and the
 * register of drafts sent for factual accuracy.
 */
import { useState, type ReactNode } from 'react';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { SectionHeading } from '../case/components/SectionHeading.tsx';
import type { SectionProps } from '../case/section-props.ts';
import { SavedNotice } from '../case/stages/SavedNotice.tsx';
import { EvidenceNotShown } from '../evidence/EvidenceNotShown.tsx';
import { BriefingEditor } from './BriefingEditor.tsx';
import { CandidatesPanel } from './CandidatesPanel.tsx';
import { DistributionRegister } from './DistributionRegister.tsx';
import { ExportsPanel } from './ExportsPanel.tsx';
import { PlacesEditor } from './PlacesEditor.tsx';
import { RegisterTable } from './RegisterTable.tsx';
import { useReports, type UseReports } from '../reports/use-reports.ts';

export function RedactionSection({ view: caseView, navigate }: SectionProps) {
  const reference = caseView.summary.reference;
  const reports = useReports(reference);
  return (
    <section aria-labelledby="redaction-heading" data-testid="redaction-section">
      <SectionHeading lead="Everything that could identify the child and family is replaced before a draft or the publication copy leaves the app, and each file is checked again after it is written.">
        <span id="redaction-heading">Redaction and exports</span>
      </SectionHeading>
      {reports.load.state === 'loaded' ? (
        <Redaction
          view={reports.load.view}
          reports={reports}
          agencies={caseView.summary.agencies}
          openPeople={() => navigate({ name: 'case', reference, section: 'people' })}
          navigate={navigate}
        />
      ) : (
        <EvidenceNotShown load={reports.load} what="the redaction register and exports" onRetry={reports.reload} />
      )}
    </section>
  );
}

type PartName = 'register' | 'briefing' | 'distribution';

interface RedactionProps {
  readonly view: ReportsView;
  readonly reports: UseReports;
  readonly agencies: readonly string[];
  readonly openPeople: () => void;
  readonly navigate: SectionProps['navigate'];
}

function Redaction({ view, reports, agencies, openPeople, navigate }: RedactionProps) {
  // A save's message appears in the part where it was made, so focus stays where the person was working.
  const [notice, setNotice] = useState<{ part: PartName; message: string } | null>(null);
  const saved = (part: PartName) => (message: string) => setNotice({ part, message });
  const noticeFor = (part: PartName) => <SavedNotice message={notice?.part === part ? notice.message : null} />;
  const { applyResult } = reports;
  const refresh = () => void reports.refresh();

  return (
    <>
      {view.canWrite ? null : (
        <div className="govuk-inset-text" data-testid="redaction-read-only">
          You can read the redaction register but not change it or export. The case’s lead reviewer and the Business Unit can.
        </div>
      )}
      <Part id="redaction-register" title="The redaction register">
        {noticeFor('register')}
        <RegisterTable register={view.register} onOpenPeople={openPeople} />
        <PlacesEditor view={view} applyResult={applyResult} onSaved={saved('register')} />
      </Part>
      <Part id="redaction-candidates" title="Identifiers found in the text">
        <p className="govuk-body">The detectors look beyond the register for dates of birth, postcodes, addresses, phone numbers, e-mail addresses, NHS and National Insurance numbers. Redact each one, or dismiss it with a reason.</p>
        <CandidatesPanel view={view} applyResult={applyResult} />
      </Part>
      <Part id="redaction-exports" title="Exports">
        {view.canWrite ? (
          <ExportsPanel view={view} agencies={agencies} onExported={refresh} navigate={navigate} />
        ) : (
          <p className="govuk-body">Only the case’s lead reviewer and the Business Unit can export the report.</p>
        )}
      </Part>
      <Part id="redaction-briefing" title="7-minute briefing">
        {noticeFor('briefing')}
        <BriefingEditor view={view} applyResult={applyResult} onSaved={saved('briefing')} />
      </Part>
      <Part id="redaction-distribution" title="Distribution register">
        {noticeFor('distribution')}
        <DistributionRegister view={view} applyResult={applyResult} onSaved={saved('distribution')} />
      </Part>
    </>
  );
}

function Part({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  return (
    <div className="govuk-!-margin-bottom-9" aria-labelledby={`${id}-heading`} role="region" data-testid={id}>
      <h3 className="govuk-heading-m" id={`${id}-heading`}>
        {title}
      </h3>
      {children}
    </div>
  );
}
