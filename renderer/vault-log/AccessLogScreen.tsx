/**
 * The secured files' access log (policy 16): every placing, opening, copy, release, refusal,
 * recovery and integrity check of agencies' secured files, as the audit chain holds them, with
 * filters, pages and downloads for the Practice Review Subgroup. Main decides whose events the
 * person may see; this screen shows what comes back.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AccessLogView } from '../../shared/vault/access-log.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { Pagination } from '../components/Pagination.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { loadFromError, type ViewLoad } from '../components/view-load.ts';
import { useApi } from '../session/api-context.tsx';
import { AccessLogDownloads } from './AccessLogDownloads.tsx';
import { AccessLogFilters } from './AccessLogFilters.tsx';
import { AccessLogTable } from './AccessLogTable.tsx';
import { filterFrom, isFiltered, NO_CHOICES, showingLine, type LogFilterChoices } from './describe-log.ts';

export function AccessLogScreen() {
  const call = useApi();
  const [choices, setChoices] = useState<LogFilterChoices>(NO_CHOICES);
  const [page, setPage] = useState(1);
  const [load, setLoad] = useState<ViewLoad<AccessLogView>>({ state: 'loading' });
  // While a new page or filter is fetched, the last one stays on screen.
  const [refreshing, setRefreshing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const filter = useMemo(() => filterFrom(choices), [choices]);
  useDocumentTitle('Secured files access log', load.state === 'failed');

  useEffect(() => {
    // Only the answer to the last request counts: an earlier, slower one must not overwrite it.
    const request = ++latest.current;
    setRefreshing(true);
    void call('vault.log', { filter, page }).then((result) => {
      if (request !== latest.current) return;
      setRefreshing(false);
      if (result.ok) {
        setLoad({ state: 'loaded', view: result.value });
        return;
      }
      const notLoaded = loadFromError(result.error);
      if (notLoaded !== null) setLoad(notLoaded);
    });
  }, [call, filter, page, attempt]);

  const changeChoices = useCallback((next: LogFilterChoices) => {
    setChoices(next);
    setPage(1);
  }, []);

  const retry = () => {
    setLoad({ state: 'loading' });
    setAttempt((count) => count + 1);
  };

  return (
    <>
      <PageHeading>Secured files access log</PageHeading>
      <p className="govuk-body govuk-!-width-two-thirds">
        Every time an agency’s secured files are set up, added to, opened, copied, released, destroyed or checked, and every refused attempt, in the order the audit trail recorded them.
      </p>
      {load.state === 'loaded' ? (
        <LogShown view={load.view} choices={choices} onChoices={changeChoices} onPage={setPage} refreshing={refreshing} />
      ) : (
        <LogNotShown load={load} onRetry={retry} />
      )}
    </>
  );
}

interface LogShownProps {
  readonly view: AccessLogView;
  readonly choices: LogFilterChoices;
  readonly onChoices: (choices: LogFilterChoices) => void;
  readonly onPage: (page: number) => void;
  readonly refreshing: boolean;
}

function LogShown({ view, choices, onChoices, onPage, refreshing }: LogShownProps) {
  const filtered = isFiltered(choices);
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  if (view.total === 0 && !filtered) {
    return (
      <div className="govuk-!-width-two-thirds" data-testid="access-log-empty">
        <p className="govuk-body govuk-!-font-weight-bold">There are no events in the log yet.</p>
        <p className="govuk-body">When an agency’s secured files are set up for a case you may see, what is done with them will be listed here, with who did it, when and why.</p>
      </div>
    );
  }
  return (
    <>
      <AccessLogFilters choices={choices} onChoices={onChoices} options={view.options} />
      <p className="govuk-body prm-status" role="status">
        {refreshing ? 'Reading the log…' : ''}
      </p>
      <p className="govuk-body govuk-!-font-weight-bold" data-testid="access-log-count" aria-live="polite">
        {showingLine(view.page, view.pageSize, view.total, filtered)}
      </p>
      {view.total === 0 ? null : (
        <>
          <AccessLogTable entries={view.entries} caption={`Access log, page ${view.page} of ${pages}, oldest event first`} />
          <Pagination page={view.page} count={pages} onPage={onPage} label="Pages of the access log" testId="access-log-pagination" />
          <AccessLogDownloads filter={filterFrom(choices)} total={view.total} filtered={filtered} />
        </>
      )}
    </>
  );
}

function LogNotShown({ load, onRetry }: { load: Exclude<ViewLoad<AccessLogView>, { state: 'loaded' }>; onRetry: () => void }) {
  switch (load.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          Reading the log…
        </p>
      );
    case 'not-allowed':
      return (
        <div className="govuk-!-width-two-thirds" data-testid="access-log-not-allowed">
          <p className="govuk-body">You cannot see the secured files’ access log, because your role does not include it.</p>
          <p className="govuk-body">
            The log is for the Business Unit, administrators and each agency’s nominated representative. If you need it for your work, ask an administrator of Practice Review Manager in the
            Business Unit.
          </p>
        </div>
      );
    case 'not-found':
    case 'failed':
      return (
        <div className="govuk-!-width-two-thirds" role="alert">
          <h2 className="govuk-heading-m">The access log could not be shown</h2>
          <p className="govuk-body">{load.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
