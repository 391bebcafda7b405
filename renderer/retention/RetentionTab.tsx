/**
 * The Administration page's tab for retention: what each of the policy's rules makes due today,
 * with its reason and its action (delete with a typed confirmation, record a report taken off
 * the website, or wait for the agency), the closed-case period, and what has been deleted with
 * the backups that may still hold it. A deletion shows its report in place of the list.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { ClosedCaseDue, DeletionReport, DraftsDue } from '../../shared/retention/retention-view.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { formatDate } from '../components/format-date.ts';
import { NotShown } from '../components/NotShown.tsx';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { ClosedCasesSection } from './ClosedCasesSection.tsx';
import { ConfirmDeletion, type DeletionTarget } from './ConfirmDeletion.tsx';
import { DeletionHistory } from './DeletionHistory.tsx';
import { DeletionReportPanel } from './DeletionReportPanel.tsx';
import { DraftsDueSection } from './DraftsDueSection.tsx';
import { PublicationsSection } from './PublicationsSection.tsx';
import { caseHoldsWords, draftsInStoreWords } from './retention-words.ts';
import { SecuredAwaitingSection } from './SecuredAwaitingSection.tsx';

export interface RetentionTabProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

type Step = { readonly kind: 'list'; readonly returning: boolean } | { readonly kind: 'confirm'; readonly target: DeletionTarget } | { readonly kind: 'report'; readonly report: DeletionReport };

function draftsTarget(due: DraftsDue): DeletionTarget {
  const register = due.copies.length === 0 ? 'the distribution register' : 'the distribution register with its record of the copies sent out';
  return {
    rule: 'review-drafts',
    reference: due.reference,
    goes: draftsInStoreWords(due),
    stays: due.keptVersion === null ? `The rest of the case, and ${register}` : `Version ${due.keptVersion}, the final report; the rest of the case; and ${register}`,
  };
}

function closedCaseTarget(due: ClosedCaseDue): DeletionTarget {
  return {
    rule: 'closed-cases',
    reference: due.reference,
    goes: `The whole case: its records, people, ${due.documents === 0 ? 'agencies’ returns' : `${caseHoldsWords(due)}, agencies’ returns`}, reports, action plan and learning`,
    stays: 'The record of this deletion, and the audit trail’s events about the case with their details erased',
  };
}

/** The list's heading, which takes focus when the person comes back to it from a confirmation or a report. */
function ListHeading({ returning, today }: { readonly returning: boolean; readonly today: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (returning) heading.current?.focus();
  }, [returning]);
  return (
    <>
      <h2 className="govuk-heading-l prm-page-heading" tabIndex={-1} ref={heading}>
        Due under the retention policy
      </h2>
      <p className="govuk-body">{`Worked out on ${formatDate(today)} from each case’s own dates. Deleting cannot be undone: you will be asked to type the case reference first.`}</p>
    </>
  );
}

export function RetentionTab(_props: RetentionTabProps) {
  const call = useApi();
  const retention = useWholeView(useCallback(() => call('retention.view', {}), [call]));
  const [step, setStep] = useState<Step>({ kind: 'list', returning: false });
  const [outcome, setOutcome] = useState<{ readonly heading: string; readonly body: string } | null>(null);
  const back = useCallback(() => setStep({ kind: 'list', returning: true }), []);

  if (retention.load.state !== 'loaded') return <NotShown testId="retention" load={retention.load} what="what the retention policy makes due" onRetry={retention.reload} level={2} />;
  const { view } = retention.load;

  if (step.kind === 'confirm') {
    return (
      <ConfirmDeletion
        target={step.target}
        onCancel={back}
        onDeleted={(report) => {
          retention.replaceView(report.view);
          setStep({ kind: 'report', report });
        }}
      />
    );
  }
  if (step.kind === 'report') return <DeletionReportPanel report={step.report} onBack={back} />;
  const confirm = (target: DeletionTarget) => {
    setOutcome(null);
    setStep({ kind: 'confirm', target });
  };
  const announce = (heading: string, body = '') => setOutcome({ heading, body });
  return (
    <div data-testid="retention-tab">
      <ListHeading returning={step.returning} today={view.today} />
      {outcome === null ? null : <OutcomeBanner heading={outcome.heading}>{outcome.body === '' ? null : <p className="govuk-body">{outcome.body}</p>}</OutcomeBanner>}
      <DraftsDueSection drafts={view.drafts} onDelete={(due) => confirm(draftsTarget(due))} />
      <PublicationsSection view={view} applyResult={retention.applyResult} onOutcome={announce} />
      <SecuredAwaitingSection securedSets={view.securedSets} />
      <ClosedCasesSection view={view} applyResult={retention.applyResult} onDelete={(due) => confirm(closedCaseTarget(due))} onOutcome={announce} />
      <DeletionHistory history={view.history} />
    </div>
  );
}
