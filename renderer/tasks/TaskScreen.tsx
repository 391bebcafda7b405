/** PLACEHOLDER: one task and its answer. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Navigate } from '../session/places.ts';

export function TaskScreen(_props: { readonly id: number; readonly user: SignedInUser; readonly navigate: Navigate }) {
  return <h1 className="govuk-heading-l">Task</h1>;
}
