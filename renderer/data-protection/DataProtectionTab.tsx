/** The Administration page's tab for a data-protection request for a named person. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Navigate } from '../session/places.ts';

export interface DataProtectionTabProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

// PLACEHOLDER: filled in by its helper.
export function DataProtectionTab(_props: DataProtectionTabProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
