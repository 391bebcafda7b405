/** What each part of a case's learning section is given: the view main last sent, and how to show a change's answer. */
import type { Result } from '../../shared/errors.ts';
import type { CaseLearningView } from '../../shared/learning/learning.ts';
import type { Navigate } from '../session/places.ts';

export interface CaseLearningPartProps {
  readonly view: CaseLearningView;
  readonly applyResult: (result: Result<CaseLearningView>) => Result<CaseLearningView>;
  readonly navigate: Navigate;
  /** Says what was just done, in the banner at the top of the section (which takes focus). */
  readonly onOutcome: (heading: string) => void;
}

/** Which repeat-incident form is open: flagging a case the person search suggested, or one typed in. */
export type RepeatForm = { readonly kind: 'suggested'; readonly earlierReference: string } | { readonly kind: 'typed' } | null;
