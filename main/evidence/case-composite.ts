/** A case's composite chronology as it stands: its current returns' rows with the Business Unit's decisions applied. */
import type { CompositeView } from '../../shared/evidence/composite.ts';
import type { Db } from '../store/open-database.ts';
import { listCurrentRows } from '../store/repositories/chronology-returns.ts';
import { listResolutions } from '../store/repositories/chronology-resolutions.ts';
import { buildComposite } from './composite.ts';

export function caseComposite(db: Db, caseId: number): CompositeView {
  return buildComposite(listCurrentRows(db, caseId), listResolutions(db, caseId));
}
