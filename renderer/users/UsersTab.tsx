/** The Administration page's tab for the users and resetting a passphrase. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Navigate } from '../session/places.ts';

export interface UsersTabProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

// PLACEHOLDER: filled in by its helper.
export function UsersTab(_props: UsersTabProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
