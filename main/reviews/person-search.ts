/** NOT BUILT YET: placeholder so the project compiles while this module is written. */
import type { PersonMatch } from '../../shared/reviews/people.ts';
import type { Session } from '../security/session.ts';

export function searchPeople(_session: Session, _query: { name: string; dateOfBirth: string | null }): PersonMatch[] {
  throw new Error('not built yet');
}
