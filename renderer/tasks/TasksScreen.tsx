/** PLACEHOLDER: the tasks bundles opened on this install. */
import type { Navigate } from '../session/places.ts';

export function TasksScreen(_props: { readonly navigate: Navigate }) {
  return <h1 className="govuk-heading-l">Tasks</h1>;
}
