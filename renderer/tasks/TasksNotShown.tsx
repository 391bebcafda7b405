/**
 * What the tasks pages show while they load, or when they cannot be shown: each state in words,
 * with a way on (try again, or whom to ask).
 */
import type { NotLoaded } from '../components/view-load.ts';

export interface TasksNotShownProps {
  readonly load: NotLoaded;
  /** "your tasks", "this task". */
  readonly what: string;
  readonly onRetry: () => void;
}

export function TasksNotShown({ load, what, onRetry }: TasksNotShownProps) {
  switch (load.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          {`Loading ${what}…`}
        </p>
      );
    case 'not-found':
      return (
        <p className="govuk-body" data-testid="tasks-not-found">
          {load.message}
        </p>
      );
    case 'not-allowed':
      return (
        <div className="govuk-!-width-two-thirds" data-testid="tasks-not-allowed">
          <p className="govuk-body">{`You cannot see ${what}.`}</p>
          <p className="govuk-body">{load.message}</p>
          <p className="govuk-body">
            A task can be seen by the person it was given to when the bundle was imported, and by this install’s administrators. If it should be yours, ask the person who
            imported it.
          </p>
        </div>
      );
    case 'failed':
      return (
        <div className="govuk-!-width-two-thirds" role="alert" data-testid="tasks-failed">
          <h2 className="govuk-heading-m">{`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be shown`}</h2>
          <p className="govuk-body">{load.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
