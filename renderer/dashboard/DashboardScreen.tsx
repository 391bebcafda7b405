import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { DashboardRow } from '../../shared/ipc/case-calls.ts';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { SuccessBanner } from '../components/SuccessBanner.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { userCan, type Banner } from '../session/screen.ts';
import { DashboardFiltersForm } from './DashboardFiltersForm.tsx';
import { DashboardTable } from './DashboardTable.tsx';
import { agenciesOf, filterCases, NO_FILTERS, type DashboardFilters } from './filter-cases.ts';
import { PAGE_SIZE, pageCount, showingLine } from './paginate.ts';
import { Pagination } from '../components/Pagination.tsx';
import { TasksPanel } from '../tasks/TasksPanel.tsx';
import { OverdueActionsPanel } from './OverdueActionsPanel.tsx';
import { BackupReminder } from '../backups/BackupReminder.tsx';

type Dashboard =
  | { readonly state: 'loading' }
  | { readonly state: 'not-allowed' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'loaded'; readonly cases: readonly DashboardRow[] };

export interface DashboardScreenProps {
  readonly user: SignedInUser;
  /** The outcome of what the person just did, if anything: it is shown above the list. */
  readonly banner?: Banner | undefined;
  readonly navigate: Navigate;
}

/** Every open case (closed ones too, if asked), its stage and its next deadline, with filters. */
export function DashboardScreen({ user, banner, navigate }: DashboardScreenProps) {
  const call = useApi();
  const [dashboard, setDashboard] = useState<Dashboard>({ state: 'loading' });
  const [includeClosed, setIncludeClosed] = useState(false);
  // While the list is fetched again (closed cases added or taken away), the old one stays on screen.
  const [refreshing, setRefreshing] = useState(false);
  useDocumentTitle('Cases', dashboard.state === 'failed');

  const load = useCallback(
    async (closed: boolean) => {
      const result = await call('cases.dashboard', { includeClosed: closed });
      setRefreshing(false);
      if (result.ok) setDashboard({ state: 'loaded', cases: result.value.cases });
      else if (result.error.code === 'NOT_ALLOWED') setDashboard({ state: 'not-allowed' });
      // A locked session is handled for every screen at once: the app moves to the locked screen.
      else if (result.error.code !== 'LOCKED') setDashboard({ state: 'failed', message: result.error.message });
    },
    [call],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  const changeIncludeClosed = (closed: boolean) => {
    setIncludeClosed(closed);
    setRefreshing(true);
    void load(closed);
  };

  const retry = () => {
    setDashboard({ state: 'loading' });
    void load(includeClosed);
  };

  return (
    <>
      {banner === undefined ? null : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <SuccessBanner heading={banner.heading}>{banner.body === undefined ? null : <p className="govuk-body">{banner.body}</p>}</SuccessBanner>
          </div>
        </div>
      )}
      <TasksPanel navigate={navigate} />
      <BackupReminder user={user} navigate={navigate} />
      <PageHeading>Cases</PageHeading>
      <OverdueActionsPanel navigate={navigate} />
      {dashboard.state === 'loaded' ? (
        <CaseList
          cases={dashboard.cases}
          includeClosed={includeClosed}
          onIncludeClosed={changeIncludeClosed}
          refreshing={refreshing}
          canRecordReferral={userCan(user, 'cases.create')}
          navigate={navigate}
        />
      ) : (
        <DashboardState dashboard={dashboard} onRetry={retry} />
      )}
    </>
  );
}

function DashboardState({ dashboard, onRetry }: { dashboard: Exclude<Dashboard, { state: 'loaded' }>; onRetry: () => void }) {
  switch (dashboard.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          Loading cases…
        </p>
      );
    case 'not-allowed':
      return (
        <div className="govuk-!-width-two-thirds" data-testid="cases-not-allowed">
          <p className="govuk-body">You cannot see the list of cases, because your role does not include it.</p>
          <p className="govuk-body">
            If you need it for your work, ask an administrator of Practice Review Manager in the Business Unit to add it to your role.
          </p>
        </div>
      );
    case 'failed':
      return (
        <div className="govuk-!-width-two-thirds" role="alert">
          <h2 className="govuk-heading-m">The cases could not be shown</h2>
          <p className="govuk-body">{dashboard.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}

interface CaseListProps {
  readonly cases: readonly DashboardRow[];
  readonly includeClosed: boolean;
  readonly onIncludeClosed: (closed: boolean) => void;
  readonly refreshing: boolean;
  readonly canRecordReferral: boolean;
  readonly navigate: Navigate;
}

function CaseList({ cases, includeClosed, onIncludeClosed, refreshing, canRecordReferral, navigate }: CaseListProps) {
  const [filters, setFilters] = useState<DashboardFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const agencies = useMemo(() => agenciesOf(cases), [cases]);
  const shown = useMemo(() => filterCases(cases, filters), [cases, filters]);
  const pages = pageCount(shown.length);
  // A filter that leaves fewer pages than the one the person was on takes them to the last.
  const currentPage = Math.min(page, pages);
  const pageRows = useMemo(() => shown.slice((currentPage - 1) * PAGE_SIZE, currentPage * PAGE_SIZE), [shown, currentPage]);

  const changeFilters = (next: DashboardFilters) => {
    setFilters(next);
    setPage(1);
  };

  if (cases.length === 0 && !includeClosed) return <NoCases canRecordReferral={canRecordReferral} navigate={navigate} onIncludeClosed={() => onIncludeClosed(true)} />;

  return (
    <>
      <DashboardFiltersForm filters={filters} onFilters={changeFilters} agencies={agencies} includeClosed={includeClosed} onIncludeClosed={onIncludeClosed} />
      <p className="govuk-body prm-status" role="status">
        {refreshing ? (includeClosed ? 'Adding the closed cases…' : 'Leaving out the closed cases…') : ''}
      </p>
      <p className="govuk-body govuk-!-font-weight-bold" data-testid="dashboard-count" aria-live="polite">
        {countLine(cases.length, shown.length, currentPage, includeClosed)}
      </p>
      {shown.length === 0 ? null : (
        <>
          <DashboardTable rows={pageRows} caption={`Cases, page ${currentPage} of ${pages}, with each case’s next deadline`} navigate={navigate} />
          <Pagination page={currentPage} count={pages} onPage={setPage} label="Pages of cases" testId="dashboard-pagination" />
        </>
      )}
    </>
  );
}

function countLine(total: number, shown: number, page: number, includeClosed: boolean): string {
  if (total === 0) return 'There are no cases, open or closed.';
  if (shown === 0) return `No cases match these filters (${total.toLocaleString('en-GB')} ${includeClosed ? 'cases' : 'open cases'} in all)`;
  return showingLine(page, shown);
}

function NoCases({ canRecordReferral, navigate, onIncludeClosed }: { canRecordReferral: boolean; navigate: Navigate; onIncludeClosed: () => void }) {
  const recordReferral = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate({ name: 'new-referral' });
  };
  return (
    <div className="govuk-!-width-two-thirds" data-testid="cases-empty">
      <p className="govuk-body govuk-!-font-weight-bold">There are no cases yet.</p>
      <p className="govuk-body">
        When the Business Unit records a referral, its case will appear here, with its reference, the kind of review, its stage and its next deadline.
      </p>
      {canRecordReferral ? (
        <p className="govuk-body">
          <a className="govuk-link" href="#new-referral" onClick={recordReferral}>
            Record a referral
          </a>
        </p>
      ) : null}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onIncludeClosed}>
        Look for closed cases
      </button>
    </div>
  );
}
