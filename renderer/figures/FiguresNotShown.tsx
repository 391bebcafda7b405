/** The figures screen before (or instead of) the figures: counting, not allowed, or failed with a way to try again. */
import type { FiguresView } from '../../shared/figures/figures.ts';
import type { ViewLoad } from '../components/view-load.ts';

export function FiguresNotShown({ load, onRetry }: { readonly load: Exclude<ViewLoad<FiguresView>, { state: 'loaded' }>; readonly onRetry: () => void }) {
  switch (load.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status" data-testid="figures-loading">
          Counting the figures…
        </p>
      );
    case 'not-allowed':
      return (
        <div className="govuk-!-width-two-thirds" data-testid="figures-not-allowed">
          <p className="govuk-body">You cannot see the annual figures, because your role does not include them.</p>
          <p className="govuk-body">
            The figures are for the Business Unit and the Independent Scrutineer. If you need them for your work, ask an administrator of Practice Review Manager in the Business Unit.
          </p>
        </div>
      );
    case 'not-found':
    case 'failed':
      return (
        <div className="govuk-!-width-two-thirds" role="alert" data-testid="figures-failed">
          <h2 className="govuk-heading-m">The figures could not be counted</h2>
          <p className="govuk-body">{load.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
