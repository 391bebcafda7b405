/** PLACEHOLDER: import a bundle — check, preview, apply. */
import type { Navigate } from '../session/places.ts';

export function ImportBundleScreen(_props: { readonly navigate: Navigate }) {
  return <h1 className="govuk-heading-l">Import a bundle</h1>;
}
