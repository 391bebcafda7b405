/**
 * Reads a returned chronology, as the import and the command line's check-chronology both do:
 * the file guard first (nothing is parsed from a file it refuses), then every sheet with a
 * recognisable header row. Rows that cannot be read are problems, by sheet, row and column,
 * never dropped; a file with no chronology in it at all is an error, not an empty result.
 */
import { AppError } from '../../../shared/errors.ts';
import type { ChronologyReadResult } from '../../../shared/evidence/chronology.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { readCsvSheet } from './csv-rows.ts';
import { checkReturnedFile } from './file-guard.ts';
import type { ReturnedFile } from './returned-file.ts';
import { readWorkbookSheets } from './xlsx-rows.ts';

export interface ReadChronologyOptions {
  /** YYYY-MM-DD in England, for two-digit years ("the latest year not in the future"); today by default. */
  readonly today?: string;
}

/**
 * Reads a returned chronology (.xlsx, or .csv under a .csv name) after checkReturnedFile has
 * passed it. Every sheet with a recognisable header row is read; rows that cannot be read are
 * problems, never dropped. Throws AppError('FILE_REFUSED') from the guard, or
 * AppError('NO_CHRONOLOGY') when no sheet has a recognisable header row.
 */
export async function readChronology(file: ReturnedFile, options: ReadChronologyOptions = {}): Promise<ChronologyReadResult> {
  const kind = await checkReturnedFile(file);
  const today = options.today ?? todayInLondon();
  const sheets = kind === 'csv' ? [readCsvSheet(file.fileName, file.bytes, today)] : await readWorkbookSheets(file.fileName, file.bytes, today);
  if (!sheets.some((sheet) => sheet.hasHeader)) {
    const where = kind === 'csv' ? 'it has no' : sheets.length === 1 ? 'its one sheet has no' : `none of its ${sheets.length} sheets has a`;
    throw new AppError('NO_CHRONOLOGY', `"${file.fileName}" holds no chronology: ${where} header row naming a date column and an event column.`);
  }
  return { rows: sheets.flatMap((sheet) => sheet.rows), problems: sheets.flatMap((sheet) => sheet.problems) };
}
