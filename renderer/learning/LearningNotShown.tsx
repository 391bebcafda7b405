/**
 * What a learning tab or the case's learning section shows while it loads, or when it cannot be
 * shown: each state in words, with a way on (try again, or whom to ask).
 */
import type { NotLoaded } from '../components/view-load.ts';

export interface LearningNotShownProps {
  readonly load: NotLoaded;
  /** "the learning themes", "this case’s learning". */
  readonly what: string;
  readonly onRetry: () => void;
  /** h2 on the Learning page, h3 inside a case's section. */
  readonly headingLevel?: 2 | 3;
}

export function LearningNotShown({ load, what, onRetry, headingLevel = 2 }: LearningNotShownProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  switch (load.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status" data-testid="learning-loading">
          {`Loading ${what}…`}
        </p>
      );
    case 'not-found':
      return (
        <p className="govuk-body" data-testid="learning-not-found">
          {load.message}
        </p>
      );
    case 'not-allowed':
      return (
        <div className="govuk-!-width-two-thirds" data-testid="learning-not-allowed">
          <Heading className="govuk-heading-m">{`You cannot see ${what}`}</Heading>
          <p className="govuk-body">{load.message}</p>
          <p className="govuk-body">If you need to see it for your work, ask an administrator of Practice Review Manager in the Business Unit to add it to your role.</p>
        </div>
      );
    case 'failed':
      return (
        <div className="govuk-!-width-two-thirds" role="alert" data-testid="learning-failed">
          <Heading className="govuk-heading-m">{`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be shown`}</Heading>
          <p className="govuk-body">{load.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
