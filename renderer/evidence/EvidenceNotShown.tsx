/**
 * What an evidence section shows instead of its content while the evidence loads, or when it
 * cannot be shown: each state in words, with a way on (try again, or who to ask).
 */
import type { EvidenceLoad } from './use-evidence.ts';

export interface EvidenceNotShownProps {
  readonly load: Exclude<EvidenceLoad, { state: 'loaded' }>;
  /** "the information requests", "the agency summaries". */
  readonly what: string;
  readonly onRetry: () => void;
}

export function EvidenceNotShown({ load, what, onRetry }: EvidenceNotShownProps) {
  switch (load.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          {`Loading ${what}…`}
        </p>
      );
    case 'not-found':
      return (
        <p className="govuk-body" data-testid="evidence-not-found">
          {load.message}
        </p>
      );
    case 'not-allowed':
      return (
        <div data-testid="evidence-not-allowed">
          <p className="govuk-body">{`You cannot see ${what} for this case, because your role does not include it.`}</p>
          <p className="govuk-body">If you need them for your work, ask the Business Unit.</p>
        </div>
      );
    case 'failed':
      return (
        <div role="alert" data-testid="evidence-failed">
          <h3 className="govuk-heading-m">{`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be shown`}</h3>
          <p className="govuk-body">{load.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
