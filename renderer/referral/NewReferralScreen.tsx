/** NOT BUILT YET: placeholder so the project compiles while the referral form is written. */
import type { Navigate } from '../session/places.ts';

export interface NewReferralScreenProps {
  /** After main has created the case: the screen sends the person to it with navigate(). */
  readonly navigate: Navigate;
}

export function NewReferralScreen(_props: NewReferralScreenProps) {
  return null;
}
