/** The Administration page's tab for changing the store's keys (rekey) with progress. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Navigate } from '../session/places.ts';

export interface KeysTabProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

// PLACEHOLDER: filled in by its helper.
export function KeysTab(_props: KeysTabProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
