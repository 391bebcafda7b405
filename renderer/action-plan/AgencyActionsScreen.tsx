/** PLACEHOLDER: helper builds everything an agency owes across every review. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Navigate } from '../session/places.ts';

export interface AgencyActionsScreenProps {
  readonly agency: string | null;
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

export function AgencyActionsScreen({ agency }: AgencyActionsScreenProps) {
  return <h1 className="govuk-heading-l">Actions owed {agency ?? ''}</h1>;
}
