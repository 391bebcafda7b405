/** The Administration page's tab for backups: making one, the list, the reminder. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Navigate } from '../session/places.ts';

export interface BackupsTabProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

// PLACEHOLDER: filled in by its helper.
export function BackupsTab(_props: BackupsTabProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
