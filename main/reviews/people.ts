/** NOT BUILT YET: placeholder so the project compiles while this module is written. */
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import type { PersonInput } from '../../shared/reviews/people.ts';
import type { Session } from '../security/session.ts';

export function savePerson(_session: Session, _reference: string, _person: PersonInput): CaseView {
  throw new Error('not built yet');
}

export function removePerson(_session: Session, _reference: string, _id: number): CaseView {
  throw new Error('not built yet');
}
