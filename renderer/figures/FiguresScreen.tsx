/** PLACEHOLDER: helper builds the annual figures screen. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Navigate } from '../session/places.ts';

export interface FiguresScreenProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

export function FiguresScreen(_props: FiguresScreenProps) {
  return <h1 className="govuk-heading-l">Annual figures</h1>;
}
