/**
 * Everything an agency owes across every review: choose the agency (a person of an agency starts
 * on their own), see how many of its actions are open, overdue and complete, each with a link to
 * its case's action plan, and download the agency's assurance report. With no agency chosen it
 * lists every agency's overdue actions, for the Business Unit's chasing.
 */
import { useState, type FormEvent } from 'react';
import type { OwedActionsView } from '../../shared/actions/action-plan.ts';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { Checkbox } from '../components/form/Checkboxes.tsx';
import { Select } from '../components/form/Select.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { AssuranceDownloads } from './AssuranceDownloads.tsx';
import { OwedActionsTable } from './OwedActionsTable.tsx';
import { NotShown } from '../components/NotShown.tsx';
import { useOwedActions } from './use-owed-actions.ts';
import './action-plan.css';

export interface AgencyActionsScreenProps {
  readonly agency: string | null;
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

export function AgencyActionsScreen({ agency, user, navigate }: AgencyActionsScreenProps) {
  const owed = useOwedActions(agency, user.organisation);
  useDocumentTitle('Actions owed', owed.load.state === 'failed');
  const shown = owed.load.state === 'loaded' ? owed.load.view : owed.last;
  return (
    <>
      <PageHeading caption="Actions owed">{owed.agency === null ? 'Every agency’s overdue actions' : `Everything ${owed.agency} owes`}</PageHeading>
      <p className="govuk-body-l govuk-!-width-two-thirds">The actions of every review’s action plan, by the agency that owns them, with a link to each case’s plan.</p>
      {shown === null ? null : <AgencyChoice view={shown} agency={owed.agency} onChoose={owed.chooseAgency} />}
      <p className="govuk-body prm-status" role="status" data-testid="owed-actions-status">
        {owed.refreshing && shown !== null ? 'Fetching the actions…' : ''}
      </p>
      {owed.load.state === 'loaded' ? (
        <OwedActions view={owed.load.view} navigate={navigate} />
      ) : (
        <NotShown testId="plan" load={owed.load} what="the actions agencies owe" onRetry={owed.retry} level={2} />
      )}
    </>
  );
}

function AgencyChoice({ view, agency, onChoose }: { view: OwedActionsView; agency: string | null; onChoose: (agency: string | null) => void }) {
  const ignoreSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();
  return (
    <form noValidate onSubmit={ignoreSubmit} aria-label="Choose the agency" data-testid="owed-actions-agency">
      <Select
        id="owed-agency"
        label="Agency"
        hint="The list changes as soon as you choose"
        value={agency ?? ''}
        onChange={(chosen) => onChoose(chosen === '' ? null : chosen)}
        options={view.agencies.map((each) => ({ value: each, label: each }))}
        emptyLabel="Every agency: overdue actions only"
      />
    </form>
  );
}

function OwedActions({ view, navigate }: { view: OwedActionsView; navigate: Navigate }) {
  const call = useApi();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const agency = view.agency;
  const rows = agency !== null && overdueOnly ? view.actions.filter((action) => action.overdue) : view.actions;
  const counts = [
    { key: 'open', number: view.counts.open, words: 'open' },
    { key: 'overdue', number: view.counts.overdue, words: 'overdue' },
    { key: 'complete', number: view.counts.complete, words: 'complete' },
  ];
  return (
    <>
      {agency === null ? null : (
        <ul className="prm-plan-counts" data-testid="owed-counts" aria-label={`${agency}’s actions`}>
          {counts.map((count) => (
            <li key={count.key} className="govuk-body govuk-!-margin-bottom-0" data-testid={`owed-count-${count.key}`}>
              <span className="prm-plan-counts__number">{count.number.toLocaleString('en-GB')}</span>
              {count.words}
            </li>
          ))}
        </ul>
      )}
      {agency === null || view.actions.length === 0 ? null : <Checkbox id="owed-overdue-only" label="Overdue actions only" checked={overdueOnly} onChange={setOverdueOnly} small />}
      {rows.length === 0 ? (
        <p className="govuk-body" data-testid="owed-actions-empty">
          {agency === null ? 'No actions are overdue.' : view.actions.length === 0 ? `${agency} owes no actions in any review.` : `None of ${agency}’s actions is overdue.`}
        </p>
      ) : (
        <OwedActionsTable
          actions={rows}
          showAgency={agency === null}
          caption={agency === null ? `${rows.length === 1 ? '1 overdue action' : `${rows.length.toLocaleString('en-GB')} overdue actions`}, the most overdue first` : captionFor(agency, rows.length, overdueOnly)}
          navigate={navigate}
        />
      )}
      {agency === null ? null : <AssuranceDownloads what={`${agency}’s actions across every review`} make={(format) => call('actions.export', { agency, format })} testId="agency-downloads" level={2} />}
    </>
  );
}

function captionFor(agency: string, count: number, overdueOnly: boolean): string {
  const number = count.toLocaleString('en-GB');
  if (overdueOnly) return `${number} overdue ${count === 1 ? 'action' : 'actions'} of ${agency}, the most overdue first`;
  return `${number} ${count === 1 ? 'action' : 'actions'} of ${agency}, overdue first, then by due date`;
}
