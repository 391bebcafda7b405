/** PLACEHOLDER — replaced by the helper that owns the summary import. */
import type { AgencySummaryInput } from '../../shared/evidence/agency-summary.ts';
import type { ReturnedFile } from './chronology/returned-file.ts';

export interface SummaryImport {
  /** The answers read from the "Agency summary" sheet, by field; unanswered fields are empty. */
  readonly summary: AgencySummaryInput;
  /** Plain sentences: a label that was not found, a date that could not be read. */
  readonly problems: readonly string[];
}

/** Reads the "Agency summary" sheet of a returned template workbook (checked by the file guard first). */
export async function readAgencySummary(file: ReturnedFile): Promise<SummaryImport> {
  throw new Error(`Not built yet: ${file.fileName}`);
}
