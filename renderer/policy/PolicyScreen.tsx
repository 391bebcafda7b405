import { useCallback, useEffect, useState } from 'react';
import type { PolicyView } from '../../shared/ipc/case-calls.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { SuccessBanner } from '../components/SuccessBanner.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useApi } from '../session/api-context.tsx';
import { AgencySettings } from './AgencySettings.tsx';
import { IdleLockSetting } from './IdleLockSetting.tsx';
import { LetterheadSettings } from './LetterheadSettings.tsx';
import { OpenInDefaultAppSetting } from './OpenInDefaultAppSetting.tsx';
import { PolicyForm } from './PolicyForm.tsx';
import { PolicyReadOnly } from './PolicyReadOnly.tsx';
import { SetByItPanel } from './SetByItPanel.tsx';

type Policy =
  | { readonly state: 'loading' }
  | { readonly state: 'not-allowed' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'loaded'; readonly view: PolicyView };

/**
 * The partnership's deadlines, publication naming, agencies, letterhead, idle lock and secured
 * files setting: read by all, changed by administrators; and what IT has set on this computer,
 * which no one changes here.
 */
export function PolicyScreen() {
  const call = useApi();
  const [policy, setPolicy] = useState<Policy>({ state: 'loading' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [banner, setBanner] = useState<string | null>(null);
  // Each save remounts the form from main's answer, so what shows is what was stored.
  const [version, setVersion] = useState(0);
  useDocumentTitle('Policy settings', policy.state === 'failed' || errors.length > 0);

  const load = useCallback(async () => {
    setPolicy({ state: 'loading' });
    const result = await call('policy.get', {});
    if (result.ok) setPolicy({ state: 'loaded', view: result.value });
    else if (result.error.code === 'NOT_ALLOWED') setPolicy({ state: 'not-allowed' });
    else if (result.error.code !== 'LOCKED') setPolicy({ state: 'failed', message: result.error.message });
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

  const showErrors = (next: FieldError[]) => {
    setBanner(null);
    setErrors(next);
  };

  const saved = (view: PolicyView) => {
    setErrors([]);
    setBanner('The policy settings have been saved');
    setPolicy({ state: 'loaded', view });
    setVersion((current) => current + 1);
    window.scrollTo(0, 0);
  };

  // The agencies change one at a time, in place: the policy form keeps what is typed in it.
  const agenciesChanged = (view: PolicyView) => {
    setErrors([]);
    setBanner(null);
    setPolicy({ state: 'loaded', view });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {banner === null ? null : <SuccessBanner heading={banner} />}
        <ErrorSummary errors={errors} />
        <PageHeading>Policy settings</PageHeading>
        <PolicyBody
          policy={policy}
          errors={errors}
          onErrors={showErrors}
          onSaved={saved}
          onAgenciesChanged={agenciesChanged}
          onRetry={() => void load()}
          version={version}
        />
      </div>
    </div>
  );
}

interface PolicyBodyProps {
  readonly policy: Policy;
  readonly errors: readonly FieldError[];
  readonly onErrors: (errors: FieldError[]) => void;
  readonly onSaved: (view: PolicyView) => void;
  readonly onAgenciesChanged: (view: PolicyView) => void;
  readonly onRetry: () => void;
  readonly version: number;
}

function PolicyBody({ policy, errors, onErrors, onSaved, onAgenciesChanged, onRetry, version }: PolicyBodyProps) {
  switch (policy.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          Loading the policy settings…
        </p>
      );
    case 'not-allowed':
      return (
        <div data-testid="policy-not-allowed">
          <p className="govuk-body">You cannot see the policy settings, because your role does not include it.</p>
          <p className="govuk-body">If you need them for your work, ask an administrator of Practice Review Manager in the Business Unit.</p>
        </div>
      );
    case 'failed':
      return (
        <div role="alert">
          <h2 className="govuk-heading-m">The policy settings could not be shown</h2>
          <p className="govuk-body">{policy.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
    case 'loaded':
      if (!policy.view.canManage) {
        return (
          <>
            <SetByItPanel canManage={false} />
            <PolicyReadOnly view={policy.view} />
            <LetterheadSettings errors={errors} onErrors={onErrors} />
          </>
        );
      }
      return (
        <>
          <p className="govuk-body">These settings are the partnership’s. Every case uses them, so check a change with the Business Unit manager first.</p>
          <SetByItPanel canManage />
          <PolicyForm key={version} view={policy.view} errors={errors} onErrors={onErrors} onSaved={onSaved} />
          <AgencySettings view={policy.view} errors={errors} onErrors={onErrors} onChanged={onAgenciesChanged} />
          <LetterheadSettings errors={errors} onErrors={onErrors} />
          <IdleLockSetting errors={errors} onErrors={onErrors} />
          <OpenInDefaultAppSetting errors={errors} onErrors={onErrors} />
        </>
      );
  }
}
