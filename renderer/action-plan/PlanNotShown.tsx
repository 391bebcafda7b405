/**
 * What the action plan screens show instead of their content while it loads, or when it cannot
 * be shown: each state in words, with a way on (try again, or who to ask).
 */
import type { NotLoaded } from '../components/view-load.ts';

export interface PlanNotShownProps {
  readonly load: NotLoaded;
  /** "the action plan", "the actions agencies owe". */
  readonly what: string;
  readonly onRetry: () => void;
  /** h3 inside a case's section, h2 on a page of its own. */
  readonly level?: 2 | 3;
}

export function PlanNotShown({ load, what, onRetry, level = 3 }: PlanNotShownProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  switch (load.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          {`Loading ${what}…`}
        </p>
      );
    case 'not-found':
      return (
        <p className="govuk-body" data-testid="plan-not-found">
          {load.message}
        </p>
      );
    case 'not-allowed':
      return (
        <div data-testid="plan-not-allowed">
          <p className="govuk-body">{`You cannot see ${what}, because your role does not include it.`}</p>
          <p className="govuk-body">If you need to for your work, ask the Business Unit.</p>
        </div>
      );
    case 'failed':
      return (
        <div role="alert" data-testid="plan-failed">
          <Heading className="govuk-heading-m">{`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be shown`}</Heading>
          <p className="govuk-body">{load.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
