/** The Administration page's tab for what is due for deletion, and deleting it. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Navigate } from '../session/places.ts';

export interface RetentionTabProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

// PLACEHOLDER: filled in by its helper.
export function RetentionTab(_props: RetentionTabProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
