/** NOT BUILT YET: placeholder so the project compiles while the case page is written. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { CaseSection, Navigate } from '../session/places.ts';

export interface CaseScreenProps {
  readonly reference: string;
  readonly section: CaseSection;
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

export function CaseScreen(_props: CaseScreenProps) {
  return null;
}
