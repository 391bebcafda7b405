/** NOT BUILT YET: placeholder so the project compiles while this module is written. */
import type { DocumentView } from '../../../shared/ipc/case-calls.ts';
import type { Db } from '../open-database.ts';

export function listDocuments(_db: Db, _caseId: number): DocumentView[] {
  throw new Error('not built yet');
}
