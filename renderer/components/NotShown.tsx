/**
 * What a screen or a case's section shows instead of its content while it loads, or when it
 * cannot be shown: each state in words, with a way on (try again, or whom to ask). One wording
 * for every screen, so a refusal or a failure reads the same wherever it happens.
 */
import type { NotLoaded } from './view-load.ts';

export interface NotShownProps {
  readonly load: NotLoaded;
  /** "the action plan", "the learning themes". */
  readonly what: string;
  readonly onRetry: () => void;
  /** h3 inside a case's section, h2 on a page of its own. */
  readonly level?: 2 | 3;
  /** Names the test ids: `${testId}-loading`, `-not-found`, `-not-allowed`, `-failed`. */
  readonly testId: string;
}

export function NotShown({ load, what, onRetry, level = 3, testId }: NotShownProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  switch (load.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status" data-testid={`${testId}-loading`}>
          {`Loading ${what}…`}
        </p>
      );
    case 'not-found':
      return (
        <p className="govuk-body" data-testid={`${testId}-not-found`}>
          {load.message}
        </p>
      );
    case 'not-allowed':
      return (
        <div className="govuk-!-width-two-thirds" data-testid={`${testId}-not-allowed`}>
          <p className="govuk-body">{`You cannot see ${what}, because your role does not include it.`}</p>
          <p className="govuk-body">If you need to for your work, ask the Business Unit.</p>
        </div>
      );
    case 'failed':
      return (
        <div className="govuk-!-width-two-thirds" role="alert" data-testid={`${testId}-failed`}>
          <Heading className="govuk-heading-m">{`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be shown`}</Heading>
          <p className="govuk-body">{load.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
