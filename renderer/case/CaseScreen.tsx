import { useState } from 'react';
import { CASE_KIND_LABELS, CASE_STAGE_LABELS } from '../../shared/case-kinds.ts';
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { RecordSave } from '../../shared/reviews/records.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { SuccessBanner } from '../components/SuccessBanner.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import type { CaseSection, Navigate } from '../session/places.ts';
import type { Banner } from '../session/screen.ts';
import { takeArrivalBanner } from './arrival-banner.ts';
import { CaseNavigation } from './CaseNavigation.tsx';
import { SECTION_COMPONENTS, SECTION_LABELS, sectionLabel } from './sections/index.ts';
import { useCase, type CaseLoad } from './use-case.ts';

export interface CaseScreenProps {
  readonly reference: string;
  readonly section: CaseSection;
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

/** "Child A", "Child A and Child B", "Child A, Child B and Child C": the children as published. */
export function childrenPhrase(view: CaseView): string | null {
  const names = view.people.filter((person) => person.role === 'child').map((person) => person.publishAs);
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A case's page: who and where it is, the sections down the side, and the chosen section. */
export function CaseScreen({ reference, section, navigate }: CaseScreenProps) {
  const { load, reload, refresh, replaceView, saveRecord, removeRecord } = useCase(reference);
  // Shown on the section the person arrived at, until they choose another or change the case.
  const [arrival, setArrival] = useState<{ readonly banner: Banner; readonly section: CaseSection } | null>(() => {
    const banner = takeArrivalBanner(reference);
    return banner === null ? null : { banner, section };
  });
  useDocumentTitle(`${load.state === 'loaded' ? sectionLabel(section, load.view.summary.kind) : SECTION_LABELS[section]} – case ${reference}`, load.state === 'failed');

  if (load.state !== 'loaded') {
    return (
      <>
        <PageHeading caption="Case">{reference}</PageHeading>
        <CaseNotShown load={load} reference={reference} onRetry={reload} navigate={navigate} />
      </>
    );
  }

  const { view } = load;
  const replaced = (next: CaseView) => {
    setArrival(null);
    replaceView(next);
  };
  const saved = async (id: number | null, record: RecordSave) => {
    const result = await saveRecord(id, record);
    if (result.ok) setArrival(null);
    return result;
  };
  const removed = async (id: number) => {
    const result = await removeRecord(id);
    if (result.ok) setArrival(null);
    return result;
  };
  const Section = SECTION_COMPONENTS[section];
  const children = childrenPhrase(view);
  return (
    <>
      {arrival === null || arrival.section !== section ? null : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <SuccessBanner heading={arrival.banner.heading}>{arrival.banner.body === undefined ? null : <p className="govuk-body">{arrival.banner.body}</p>}</SuccessBanner>
          </div>
        </div>
      )}
      {/* Keyed by section, so choosing another section takes focus back to the top, as a new page would. */}
      <PageHeading key={section} caption={CASE_KIND_LABELS[view.summary.kind]}>
        {reference}
        {children === null ? null : <span className="govuk-!-font-weight-regular">{`: ${children}`}</span>}
      </PageHeading>
      <p className="govuk-body" data-testid="case-stage">
        Stage: <strong className="govuk-tag govuk-tag--blue">{CASE_STAGE_LABELS[view.summary.stage]}</strong>
        {view.summary.closedOn === null ? null : <span className="govuk-!-margin-left-2">Closed</span>}
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <CaseNavigation reference={reference} kind={view.summary.kind} current={section} navigate={navigate} />
        </div>
        <div className="govuk-grid-column-three-quarters" data-testid={`case-section-${section}`}>
          <Section view={view} saveRecord={saved} removeRecord={removed} replaceView={replaced} refreshCase={refresh} navigate={navigate} />
        </div>
      </div>
    </>
  );
}

interface CaseNotShownProps {
  readonly load: Exclude<CaseLoad, { state: 'loaded' }>;
  readonly reference: string;
  readonly onRetry: () => void;
  readonly navigate: Navigate;
}

function CaseNotShown({ load, reference, onRetry, navigate }: CaseNotShownProps) {
  const backToCases = (
    <p className="govuk-body">
      <a
        className="govuk-link"
        href="#dashboard"
        onClick={(event) => {
          event.preventDefault();
          navigate({ name: 'dashboard' });
        }}
      >
        Go back to the cases
      </a>
    </p>
  );
  switch (load.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          Loading the case…
        </p>
      );
    case 'not-found':
      return (
        <div className="govuk-!-width-two-thirds" data-testid="case-not-found">
          <p className="govuk-body">{`There is no case with the reference ${reference}. Check the reference, or find the case in the list of cases.`}</p>
          {backToCases}
        </div>
      );
    case 'not-allowed':
      return (
        <div className="govuk-!-width-two-thirds" data-testid="case-not-allowed">
          <p className="govuk-body">You cannot open this case, because you are not assigned to it and your role does not cover every case.</p>
          <p className="govuk-body">If you need it for your work, ask the Business Unit to assign you to the case.</p>
          {backToCases}
        </div>
      );
    case 'failed':
      return (
        <div className="govuk-!-width-two-thirds" role="alert">
          <h2 className="govuk-heading-m">The case could not be shown</h2>
          <p className="govuk-body">{load.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
