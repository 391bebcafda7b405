import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';

/** When the app cannot tell what state it is in: say what happened and offer to look again. */
export function ProblemScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  useDocumentTitle('Sorry, there is a problem');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Sorry, there is a problem</PageHeading>
        <p className="govuk-body">{message}</p>
        <p className="govuk-body">If it keeps happening, contact IT and tell them what this page says.</p>
        <button type="button" className="govuk-button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
