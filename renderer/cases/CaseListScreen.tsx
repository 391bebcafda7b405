import { useCallback, useEffect, useState } from 'react';
import type { CaseSummaryView } from '../../shared/ipc/contract.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { SuccessBanner } from '../components/SuccessBanner.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useApi } from '../session/api-context.tsx';
import type { Banner } from '../session/screen.ts';
import { CaseTable } from './CaseTable.tsx';

type CaseList =
  | { readonly state: 'loading' }
  | { readonly state: 'not-allowed' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'loaded'; readonly cases: readonly CaseSummaryView[] };

export interface CaseListScreenProps {
  /** The outcome of what the person just did, if anything: it is shown above the list. */
  readonly banner?: Banner;
}

export function CaseListScreen({ banner }: CaseListScreenProps) {
  const call = useApi();
  const [list, setList] = useState<CaseList>({ state: 'loading' });
  useDocumentTitle('Cases', list.state === 'failed');

  const load = useCallback(async () => {
    setList({ state: 'loading' });
    const result = await call('cases.list', {});
    if (result.ok) setList({ state: 'loaded', cases: result.value.cases });
    else if (result.error.code === 'NOT_ALLOWED') setList({ state: 'not-allowed' });
    // A locked session is handled for every screen at once: the app moves to the locked screen.
    else if (result.error.code !== 'LOCKED') setList({ state: 'failed', message: result.error.message });
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      {banner === undefined ? null : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <SuccessBanner heading={banner.heading}>{banner.body === undefined ? null : <p className="govuk-body">{banner.body}</p>}</SuccessBanner>
          </div>
        </div>
      )}
      <PageHeading>Cases</PageHeading>
      <CaseListBody list={list} onRetry={() => void load()} />
    </>
  );
}

function CaseListBody({ list, onRetry }: { list: CaseList; onRetry: () => void }) {
  switch (list.state) {
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
          <p className="govuk-body">{list.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
    case 'loaded':
      return list.cases.length === 0 ? (
        <div className="govuk-!-width-two-thirds" data-testid="cases-empty">
          <p className="govuk-body govuk-!-font-weight-bold">There are no cases yet.</p>
          <p className="govuk-body">
            When the Business Unit records a referral, its case will appear here, with its reference, the kind of review, its stage, the referral date and the agencies
            involved.
          </p>
        </div>
      ) : (
        <CaseTable cases={list.cases} />
      );
  }
}
