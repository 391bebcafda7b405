/** PLACEHOLDER: helper builds the learning screen: themes, learning events, good practice. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { LearningTab, Navigate } from '../session/places.ts';

export interface LearningScreenProps {
  readonly tab: LearningTab;
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

export function LearningScreen({ tab }: LearningScreenProps) {
  return <h1 className="govuk-heading-l">Learning {tab}</h1>;
}
