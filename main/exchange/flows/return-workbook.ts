/**
 * The workbook in an agency's return, read on arrival by the same readers and checks as a
 * spreadsheet import (the file guard first, then the "Agency summary" sheet, then the
 * chronology). A summary that cannot be read refuses the whole bundle, listing every problem;
 * chronology rows that cannot be read are named, worded as the chronology preview shows them,
 * for the person importing to accept knowingly.
 */
import { AppError } from '../../../shared/errors.ts';
import type { AgencySummaryForm } from '../../../shared/evidence/agency-summary.ts';
import { problemsToAccept, type ChronologyProblem, type ChronologyReadResult } from '../../../shared/evidence/chronology.ts';
import { readChronology } from '../../evidence/chronology/read-chronology.ts';
import type { ReturnedFile } from '../../evidence/chronology/returned-file.ts';
import { checkImportedSummary } from '../../evidence/summaries.ts';
import { readAgencySummary } from '../../evidence/summary-import.ts';

const NOTHING = 'Nothing was imported.';

export interface ReturnWorkbook {
  readonly form: AgencySummaryForm;
  readonly chronology: ChronologyReadResult;
  /** One line per row or sheet that could not be read and must be accepted. */
  readonly problemsToAccept: readonly string[];
}

/** "Sheet “Chronology”, row 12, column C (Date of event): …", as the preview's table reads across. */
export function problemLine(problem: ChronologyProblem): string {
  const where = problem.row === 0 ? ' (whole sheet)' : `, row ${problem.row}${problem.column === null ? ' (whole row)' : `, column ${problem.column}`}`;
  return `Sheet “${problem.sheet}”${where}: ${problem.message}`;
}

/** A reader's refusal of the file (the guard, a workbook with no summary sheet or no chronology) as a refusal of the bundle. */
async function readOrRefuse<T>(read: Promise<T>, agency: string): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new AppError('BUNDLE_REFUSED', `The workbook in ${agency}’s return cannot be imported: ${error.message} ${NOTHING}`, error.problems);
  }
}

export async function readReturnWorkbook(file: ReturnedFile, agency: string, today: string): Promise<ReturnWorkbook> {
  const { form, problems } = checkImportedSummary(await readOrRefuse(readAgencySummary(file), agency), today);
  if (form === null || problems.length > 0) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    throw new AppError(
      'BUNDLE_REFUSED',
      `The agency summary in ${agency}’s return (“${file.fileName}”) has ${count}: ${problems.map((problem) => problem.message).join(' ')} Ask ${agency} to correct the workbook and send the return again. ${NOTHING}`,
      problems,
    );
  }
  const chronology = await readOrRefuse(readChronology(file), agency);
  if (chronology.rows.length === 0) {
    throw new AppError('BUNDLE_REFUSED', `No events could be read from the chronology in ${agency}’s return (“${file.fileName}”). Ask ${agency} for a corrected workbook. ${NOTHING}`);
  }
  return { form, chronology, problemsToAccept: problemsToAccept(chronology.problems).map(problemLine) };
}
