/**
 * Reading an agency's completed Agency Summary Form from the workbook it returned: the "Agency
 * summary" sheet of the template the app sent (label in column A, answer in column B). Only that
 * sheet is parsed: the same workbook may carry 20,000 chronology rows, which the streaming reader
 * passes over without reading a cell. Labels are matched on their words alone, so an agency that
 * retypes "Date completed:" or "JOB TITLE" is still understood; what cannot be read is a plain
 * sentence in `problems`, and the answer is left empty rather than guessed.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.ts';
import { SUMMARY_DATE_FIELDS, SUMMARY_FIELDS, SUMMARY_LABELS, type AgencySummaryInput, type SummaryField } from '../../shared/evidence/agency-summary.ts';
import { TEMPLATE_SHEETS } from '../../shared/evidence/chronology.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { checkReturnedFile } from './chronology/file-guard.ts';
import type { ReturnedFile } from './chronology/returned-file.ts';
import { dateFromSerial, readDateTextDetailed } from './chronology/uk-dates.ts';
import { usesDate1904 } from './chronology/workbook-date-system.ts';
import { workbookStream } from './chronology/workbook-stream.ts';

export interface SummaryImport {
  /** The answers read from the "Agency summary" sheet, by field; unanswered fields are empty. */
  readonly summary: AgencySummaryInput;
  /** Plain sentences: a label that was not found, a date that could not be read. */
  readonly problems: readonly string[];
}

export interface ReadSummaryOptions {
  /** YYYY-MM-DD in England, for two-digit years ("the latest year not in the future"); today by default. */
  readonly today?: string;
}

/** What the streaming reader gives for each worksheet, beyond exceljs's published types. */
interface StreamedWorksheet extends AsyncIterable<ExcelJS.Row> {
  readonly name?: string;
}

/** What the streaming reader knows of the workbook once xl/workbook.xml is parsed. */
interface StreamedWorkbook {
  readonly properties?: { readonly model?: { readonly date1904?: boolean } };
}

const SHEET = TEMPLATE_SHEETS.summary;
const DAY_MS = 86_400_000;
/** Excel's serial for 1 January 1970, the Unix epoch exceljs's Dates count from. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from 1 January 1900 to 1 January 1904 as Excel counts them. */
const DAYS_1900_TO_1904 = 1_462;
/** A bare number in a date answer is read as an Excel serial only when it lands in these years. */
const PLAUSIBLE_SERIAL_YEARS = { from: 1950, to: 2099 } as const;

/** A label reduced to its letters and digits: case, punctuation, curly quotes and spaces do not matter. */
function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Each field by its label's key, and by the same without anything in brackets ("Involvement from"). */
const FIELD_BY_LABEL: ReadonlyMap<string, SummaryField> = new Map(
  SUMMARY_FIELDS.flatMap((field) => {
    const label = SUMMARY_LABELS[field];
    return [
      [labelKey(label), field],
      [labelKey(label.replace(/\([^)]*\)/g, '')), field],
    ] as [string, SummaryField][];
  }),
);

const isSummarySheet = (name: string | undefined): boolean => name !== undefined && labelKey(name) === labelKey(SHEET);

/** A cell's value with exceljs's wrappers (rich text, formulas, hyperlinks) taken off. */
function plainValue(value: ExcelJS.CellValue | undefined): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result as ExcelJS.CellValue | undefined);
  if ('text' in value) return plainValue(value.text as ExcelJS.CellValue);
  return null;
}

function dayFirst(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

interface Found {
  readonly row: number;
  readonly answer: string | number | boolean | Date | null;
  /** The first column right of B with something in it, when B is empty: an answer typed in the wrong place. */
  readonly strayColumn: string | null;
}

/** Reads the label/answer rows of the "Agency summary" sheet; null when the workbook has no such sheet. */
async function readSheetAnswers(bytes: Buffer): Promise<{ found: Map<SummaryField, Found>; repeated: string[]; exceljsDate1904: boolean } | null> {
  // In reading order, so that exceljs never copies a sheet to a temporary file (workbook-stream.ts).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(await workbookStream(bytes), {
    sharedStrings: 'cache',
    // Styles say which numbers are dates; exceljs then hands those over as Dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let read: { found: Map<SummaryField, Found>; repeated: string[] } | null = null;
  for await (const worksheet of reader as unknown as AsyncIterable<StreamedWorksheet>) {
    // Another sheet's rows are never iterated: exceljs then skips its XML without parsing a cell.
    if (read !== null || !isSummarySheet(worksheet.name)) continue;
    const found = new Map<SummaryField, Found>();
    const repeated: string[] = [];
    for await (const row of worksheet) {
      const label = plainValue(row.getCell(1).value);
      if (typeof label !== 'string') continue;
      const field = FIELD_BY_LABEL.get(labelKey(label));
      if (field === undefined) continue;
      const earlier = found.get(field);
      if (earlier !== undefined) {
        repeated.push(`"${SUMMARY_LABELS[field]}" is on the "${SHEET}" sheet more than once; the answer in row ${earlier.row} was used and the one in row ${row.number} was not.`);
        continue;
      }
      const answer = plainValue(row.getCell(2).value);
      let strayColumn: string | null = null;
      if (answer === null || (typeof answer === 'string' && answer.trim() === '')) {
        row.eachCell((cell, column) => {
          const value = plainValue(cell.value);
          if (strayColumn === null && column > 2 && value !== null && String(value).trim() !== '') strayColumn = cell.address.replace(/\d+$/, '');
        });
      }
      found.set(field, { row: row.number, answer, strayColumn });
    }
    read = { found, repeated };
  }
  if (read === null) return null;
  return { ...read, exceljsDate1904: (reader as unknown as StreamedWorkbook).properties?.model?.date1904 === true };
}

interface DateContext {
  readonly today: string;
  readonly date1904: boolean;
  readonly exceljsDate1904: boolean;
}

/** A date answer as YYYY-MM-DD, or a sentence saying why it could not be read. */
function readDateAnswer(field: SummaryField, answer: Found['answer'], context: DateContext): { date: string | null } | { problem: string } {
  const what = `The answer to "${SUMMARY_LABELS[field]}"`;
  if (answer === null || (typeof answer === 'string' && answer.trim() === '')) return { date: null };
  if (answer instanceof Date) {
    // exceljs made the Date with its own idea of the date system; back to the serial, then read in the workbook's own.
    const serial = answer.getTime() / DAY_MS + UNIX_EPOCH_SERIAL - (context.exceljsDate1904 ? DAYS_1900_TO_1904 : 0);
    const reading = dateFromSerial(serial, context.date1904);
    return reading === null ? { problem: `${what} is not a date that Excel can show.` } : { date: reading.date };
  }
  if (typeof answer === 'number') {
    const reading = dateFromSerial(answer, context.date1904);
    const year = reading === null ? 0 : Number(reading.date.slice(0, 4));
    if (reading !== null && year >= PLAUSIBLE_SERIAL_YEARS.from && year <= PLAUSIBLE_SERIAL_YEARS.to) return { date: reading.date };
    return { problem: `${what} (${answer}) is a number, not a date. Write it day first, like 03/02/2025.` };
  }
  const text = String(answer).trim();
  const reading = readDateTextDetailed(text, context.today);
  if (reading.kind === 'date') return { date: reading.date };
  if (reading.kind === 'not-real') return { problem: `${what} ("${text}") is not a real date.` };
  return { problem: `${what} ("${text}") is not a date. Write it day first, like 03/02/2025.` };
}

function textAnswer(answer: Found['answer']): string {
  if (answer === null) return '';
  if (answer instanceof Date) return Number.isNaN(answer.getTime()) ? '' : dayFirst(answer.toISOString().slice(0, 10));
  if (typeof answer === 'boolean') return answer ? 'Yes' : 'No';
  return String(answer).trim();
}

/** Reads the "Agency summary" sheet of a returned template workbook (checked by the file guard first). */
export async function readAgencySummary(file: ReturnedFile, options: ReadSummaryOptions = {}): Promise<SummaryImport> {
  const kind = await checkReturnedFile(file);
  if (kind === 'csv') {
    throw new AppError(
      'INVALID_INPUT',
      `"${file.fileName}" is a CSV file, which holds one sheet only, so it has no "${SHEET}" sheet. Import the Excel workbook (.xlsx) the agency returned, with its "${SHEET}" sheet filled in.`,
    );
  }
  let read: Awaited<ReturnType<typeof readSheetAnswers>>;
  let date1904: boolean;
  try {
    date1904 = await usesDate1904(file.bytes);
    read = await readSheetAnswers(file.bytes);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_REFUSED', `"${file.fileName}" could not be read as an Excel workbook; it may be damaged. Open it in Excel, save it again as .xlsx and send it again.`);
  }
  if (read === null) {
    throw new AppError(
      'INVALID_INPUT',
      `"${file.fileName}" has no "${SHEET}" sheet. Ask the agency to fill in the "${SHEET}" sheet of the template workbook the partnership sent, without renaming it, and to send that workbook back.`,
    );
  }

  const context: DateContext = { today: options.today ?? todayInLondon(), date1904, exceljsDate1904: read.exceljsDate1904 };
  const problems: string[] = [];
  const answers = {} as Record<SummaryField, string | null>;
  for (const field of SUMMARY_FIELDS) {
    const found = read.found.get(field);
    const isDate = SUMMARY_DATE_FIELDS.has(field);
    answers[field] = isDate ? null : '';
    if (found === undefined) {
      problems.push(`The "${SHEET}" sheet has no row labelled "${SUMMARY_LABELS[field]}", so that answer is empty.`);
      continue;
    }
    if (found.strayColumn !== null) {
      problems.push(`The answer to "${SUMMARY_LABELS[field]}" (row ${found.row}) is in column ${found.strayColumn}, but answers are read from column B only, so it is empty.`);
      continue;
    }
    if (!isDate) {
      answers[field] = textAnswer(found.answer);
      continue;
    }
    const reading = readDateAnswer(field, found.answer, context);
    if ('problem' in reading) problems.push(reading.problem);
    else answers[field] = reading.date;
  }
  problems.push(...read.repeated);

  const summary: AgencySummaryInput = {
    authorName: answers.authorName ?? '',
    authorRole: answers.authorRole ?? '',
    completedOn: answers.completedOn,
    involvementFrom: answers.involvementFrom,
    involvementTo: answers.involvementTo,
    involvement: answers.involvement ?? '',
    livedExperience: answers.livedExperience ?? '',
    analysis: answers.analysis ?? '',
    goodPractice: answers.goodPractice ?? '',
    learning: answers.learning ?? '',
    immediateActions: answers.immediateActions ?? '',
    otherAgencies: answers.otherAgencies ?? '',
  };
  return { summary, problems };
}
