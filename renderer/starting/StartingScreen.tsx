import { useDocumentTitle } from '../components/use-document-title.ts';

/** Shown for the moment before the app knows whether there is a store and who is signed in. */
export function StartingScreen() {
  useDocumentTitle('Opening');
  return (
    <p className="govuk-body" role="status">
      Opening Practice Review Manager…
    </p>
  );
}
