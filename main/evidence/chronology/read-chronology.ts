/** PLACEHOLDER — replaced by the helper that owns the chronology reader. */
import { AppError } from '../../../shared/errors.ts';
import type { ChronologyReadResult } from '../../../shared/evidence/chronology.ts';
import type { ReturnedFile } from './returned-file.ts';

/**
 * Reads a returned chronology (.xlsx, or .csv under a .csv name) after checkReturnedFile has
 * passed it. Every sheet with a recognisable header row is read; rows that cannot be read are
 * problems, never dropped. Throws AppError('FILE_REFUSED') from the guard, or
 * AppError('NO_CHRONOLOGY') when no sheet has a recognisable header row.
 */
export async function readChronology(file: ReturnedFile): Promise<ChronologyReadResult> {
  throw new AppError('NO_CHRONOLOGY', `Not built yet: ${file.fileName}`);
}
