/** NOT BUILT YET: placeholder so the project compiles while this module is written. */
import type { PersonView } from '../../../shared/reviews/people.ts';
import type { Db } from '../open-database.ts';

export function listPeople(_db: Db, _caseId: number): PersonView[] {
  throw new Error('not built yet');
}
