/**
 * What the secured files section shows while it loads, or when it cannot be shown. A person
 * refused sees why in plain words; main has already logged the refusal in the access log.
 */
import type { NotLoaded } from '../components/view-load.ts';

export function VaultNotShown({ load, onRetry }: { load: NotLoaded; onRetry: () => void }) {
  switch (load.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          Loading the secured files…
        </p>
      );
    case 'not-found':
      return (
        <p className="govuk-body" data-testid="vault-not-found">
          {load.message}
        </p>
      );
    case 'not-allowed':
      return (
        <div className="govuk-!-width-two-thirds" data-testid="vault-not-allowed">
          <p className="govuk-body">You cannot see the secured files for this case.</p>
          <p className="govuk-body">
            Each agency’s secured files can be seen only by its nominated representative for the case, and by the Business Unit, which can add files for an agency but cannot
            open them.
          </p>
          <p className="govuk-body">Your attempt has been recorded in the audit trail. If you need the files for your work, ask the agency’s nominated representative.</p>
        </div>
      );
    case 'failed':
      return (
        <div role="alert" data-testid="vault-failed">
          <h3 className="govuk-heading-m">The secured files could not be shown</h3>
          <p className="govuk-body">{load.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
