/**
 * The workbook the Business Unit sends each agency with its request for information (DOMAIN.md,
 * "Chronologies"; policy section 15: "critical that chronologies are provided in the correct
 * format"). Three sheets: Instructions, the Agency Summary Form, and the Significant Practice
 * Event chronology with its header block, frozen header row and data validation on each cell a
 * person types a date, time or yes/no into, so most mistakes are stopped while they are typed
 * rather than found on import. The chronology reader reads this layout back.
 */
import ExcelJS from 'exceljs';
import { SUMMARY_DATE_FIELDS, SUMMARY_FIELDS, SUMMARY_LABELS } from '../../../shared/evidence/agency-summary.ts';
import {
  CHRONOLOGY_FIELDS,
  PRINCIPLE_LABELS,
  PRINCIPLE_QUESTIONS,
  PRINCIPLES,
  SIGNIFICANCE_TEST_LABELS,
  SIGNIFICANCE_TESTS,
  TEMPLATE_HEADER_BLOCK,
  TEMPLATE_HEADERS,
  TEMPLATE_SHEETS,
  type ChronologyField,
} from '../../../shared/evidence/chronology.ts';

export interface TemplateDetails {
  readonly reference: string;
  readonly agency: string;
  /** The due date of the return, shown in the instructions. */
  readonly dueOn: string;
  /** The day the template was made (YYYY-MM-DD). */
  readonly madeOn: string;
  readonly partnershipName: string;
}

/** The chronology's columns: every field but the agency, which the header block names once. */
export const TEMPLATE_COLUMNS: readonly ChronologyField[] = CHRONOLOGY_FIELDS.filter((field) => field !== 'agency');
/** Case reference, agency, author, date completed, a blank row, then the header row. */
export const TEMPLATE_HEADER_ROW = 6;
/** Rows under the header with validation set up: more than any one agency's chronology needs. */
export const TEMPLATE_DATA_ROWS = 1000;
/** Where the answers start on the "Agency summary" sheet: case reference, agency, a blank row, the column headings. */
export const SUMMARY_FIRST_ROW = 5;

const MARKING = 'OFFICIAL-SENSITIVE';
const LONG_ANSWER_HEIGHT = 150;
const SHORT_ANSWER_HEIGHT = 22;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF505A5F' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADING: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D70B8' } },
  border: BOX,
  alignment: { vertical: 'middle', wrapText: true },
};
const LABEL: Partial<ExcelJS.Style> = { font: { bold: true }, alignment: { vertical: 'top', wrapText: true }, border: BOX };
const ANSWER: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true }, border: BOX };
const DATE_ANSWER: Partial<ExcelJS.Style> = { numFmt: 'dd/mm/yyyy', alignment: { vertical: 'top', horizontal: 'left' }, border: BOX };

/**
 * 1 January 1900 to 31 December 2100. exceljs turns a Date into a serial without Excel's phantom
 * 29 February 1900, so Excel's day 1 (1 January 1900) has to be given as 31 December 1899.
 */
const DATE_RANGE = [new Date(Date.UTC(1899, 11, 31)), new Date(Date.UTC(2100, 11, 31))];

function dateValidation(what: string): ExcelJS.DataValidation {
  return {
    type: 'date',
    operator: 'between',
    formulae: DATE_RANGE,
    allowBlank: true,
    showInputMessage: true,
    promptTitle: 'A date, day first',
    prompt: 'Type the date day first, DD/MM/YYYY: 03/02/2025 is 3 February 2025.',
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Not a date',
    error: `Enter ${what} as a real date, day first, for example 03/02/2025 for 3 February 2025.`,
  };
}

/** exceljs writes whatever type it is given; its typings leave out Excel's 'time'. */
const TIME_VALIDATION = {
  type: 'time',
  operator: 'between',
  // Excel keeps a time as the fraction of a day: 00:00 to 23:59.
  formulae: [0, 1439 / 1440],
  allowBlank: true,
  showInputMessage: true,
  promptTitle: 'Time, if known',
  prompt: 'Type the time on the 24-hour clock, HH:MM, for example 14:30. Leave it blank if the time is not known.',
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Not a time',
  error: 'Enter the time on the 24-hour clock as HH:MM, for example 14:30, or leave it blank.',
} as unknown as ExcelJS.DataValidation;

const YES_NO_VALIDATION: ExcelJS.DataValidation = {
  type: 'list',
  formulae: ['"Yes,No"'],
  allowBlank: true,
  showInputMessage: true,
  promptTitle: 'Yes or No',
  prompt: 'Choose Yes or No from the list. Leave it blank only if you cannot say.',
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Yes or No',
  error: 'Choose Yes or No from the list.',
};

/** "Wednesday 2 December 2026": the way a due date is written in a letter. */
export function longDate(iso: string, withWeekday = true): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const weekday = date.toLocaleString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  const month = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${withWeekday ? `${weekday} ` : ''}${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

/** Header and footer codes treat "&" as a command: a literal one is doubled. */
const headerText = (text: string): string => text.replaceAll('&', '&&');

function markSheet(sheet: ExcelJS.Worksheet, details: TemplateDetails): void {
  sheet.headerFooter.oddHeader = `&C&"-,Bold"${MARKING}`;
  sheet.headerFooter.oddFooter = `&L${MARKING}&C${headerText(`${details.reference}, ${details.agency}`)}&RPage &P of &N`;
}

function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function instructionLines(details: TemplateDetails): { text: string; style?: 'title' | 'heading' | 'marking' }[] {
  const chronology = TEMPLATE_SHEETS.chronology;
  const summary = TEMPLATE_SHEETS.summary;
  return [
    { text: `Agency summary and Significant Practice Event chronology: ${details.reference}`, style: 'title' },
    { text: `For: ${details.agency}` },
    { text: `${MARKING} when completed. Keep, store and send it as you would any ${MARKING} record.`, style: 'marking' },
    { text: '' },
    { text: 'What to return, and by when', style: 'heading' },
    { text: `Complete the "${summary}" sheet and the "${chronology}" sheet and return this workbook by ${longDate(details.dueOn)}.` },
    { text: `Return it to ${details.partnershipName} by secure email, as an Excel workbook (.xlsx).` },
    { text: 'Do not add a password to the workbook or protect it: a password-protected file cannot be opened and will be sent back to you.' },
    { text: `Do not rename, reorder, add or delete the columns, and do not rename the sheets: the partnership reads the sheets exactly as they are laid out.` },
    { text: '' },
    { text: `The "${chronology}" sheet`, style: 'heading' },
    { text: `Fill in the author and the date completed at the top. The case reference and the agency are filled in for you.` },
    { text: 'Write one row per Significant Practice Event, from the row under the column headings down, with no blank rows between events.' },
    { text: 'Dates are day first, DD/MM/YYYY: 03/02/2025 is 3 February 2025. Times are on the 24-hour clock, HH:MM; leave the time blank if it is not known.' },
    { text: 'Source is the record the event comes from (for example case notes, a referral, a strategy discussion record).' },
    { text: 'For each event, write what each of the five principles asks:' },
    ...PRINCIPLES.map((principle) => ({ text: `${PRINCIPLE_LABELS[principle]}: ${PRINCIPLE_QUESTIONS[principle]}` })),
    { text: 'Then choose Yes or No in each of the six significance tests\' columns, from the list in the cell:' },
    ...SIGNIFICANCE_TESTS.map((test) => ({ text: `Column "${TEMPLATE_HEADERS[test]}": ${SIGNIFICANCE_TEST_LABELS[test]}.` })),
    { text: '' },
    { text: `The "${summary}" sheet`, style: 'heading' },
    { text: 'Answer each question in the column beside it. Dates are day first, DD/MM/YYYY. Write as much as you need: the answer cells wrap their text.' },
  ];
}

function addInstructions(workbook: ExcelJS.Workbook, details: TemplateDetails): void {
  const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.instructions, { pageSetup: { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.getColumn(1).width = 110;
  for (const line of instructionLines(details)) {
    const row = sheet.addRow([line.text]);
    const cell = row.getCell(1);
    cell.alignment = { vertical: 'top', wrapText: true };
    if (line.style === 'title') cell.font = { bold: true, size: 14 };
    if (line.style === 'heading') cell.font = { bold: true, size: 12 };
    if (line.style === 'marking') cell.font = { bold: true, color: { argb: 'FFD4351C' } };
  }
  markSheet(sheet, details);
}

function addSummary(workbook: ExcelJS.Workbook, details: TemplateDetails): void {
  const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.summary, {
    views: [{ state: 'frozen', ySplit: SUMMARY_FIRST_ROW - 1 }],
    pageSetup: { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${SUMMARY_FIRST_ROW - 1}:${SUMMARY_FIRST_ROW - 1}` },
  });
  sheet.getColumn(1).width = 45;
  sheet.getColumn(2).width = 95;
  sheet.getRow(1).values = [TEMPLATE_HEADER_BLOCK.reference, details.reference];
  sheet.getRow(2).values = [TEMPLATE_HEADER_BLOCK.agency, details.agency];
  for (const row of [1, 2]) {
    sheet.getCell(row, 1).style = LABEL;
    sheet.getCell(row, 2).style = ANSWER;
  }
  const headings = sheet.getRow(SUMMARY_FIRST_ROW - 1);
  headings.values = ['Question', 'Your answer'];
  headings.getCell(1).style = HEADING;
  headings.getCell(2).style = HEADING;

  SUMMARY_FIELDS.forEach((field, index) => {
    const row = sheet.getRow(SUMMARY_FIRST_ROW + index);
    row.getCell(1).value = SUMMARY_LABELS[field];
    row.getCell(1).style = LABEL;
    const answer = row.getCell(2);
    if (SUMMARY_DATE_FIELDS.has(field)) {
      answer.style = DATE_ANSWER;
      answer.dataValidation = dateValidation(`the answer to "${SUMMARY_LABELS[field]}"`);
      row.height = SHORT_ANSWER_HEIGHT;
    } else {
      answer.style = ANSWER;
      row.height = field === 'authorName' || field === 'authorRole' ? SHORT_ANSWER_HEIGHT : LONG_ANSWER_HEIGHT;
    }
  });
  markSheet(sheet, details);
}

const COLUMN_WIDTHS: Readonly<Record<ChronologyField, number>> = {
  date: 13,
  time: 9,
  agency: 0,
  source: 20,
  event: 45,
  risk: 35,
  response: 35,
  impact: 35,
  partnership: 30,
  learning: 30,
  changedAssessment: 14,
  partOfPattern: 12,
  statutoryEvent: 12,
  significantToChild: 14,
  significantToKeyAdult: 14,
  learningPoint: 12,
};

/** How a typed value shows in each column: dates day first, times on the 24-hour clock, text wrapped. */
function columnStyle(field: ChronologyField): Partial<ExcelJS.Style> {
  if (field === 'date') return { numFmt: 'dd/mm/yyyy', alignment: { vertical: 'top', horizontal: 'left' } };
  if (field === 'time') return { numFmt: 'hh:mm', alignment: { vertical: 'top', horizontal: 'left' } };
  if ((SIGNIFICANCE_TESTS as readonly string[]).includes(field)) return { alignment: { vertical: 'top', horizontal: 'center' } };
  return { alignment: { vertical: 'top', wrapText: true } };
}

function validationFor(field: ChronologyField): ExcelJS.DataValidation | null {
  if (field === 'date') return dateValidation('the date of the event');
  if (field === 'time') return TIME_VALIDATION;
  if ((SIGNIFICANCE_TESTS as readonly string[]).includes(field)) return YES_NO_VALIDATION;
  return null;
}

/**
 * A worksheet's data validations by range. exceljs has them (and writes a range as one rule, not
 * a thousand) but leaves them out of its typings.
 */
function validationsOf(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

function addChronology(workbook: ExcelJS.Workbook, details: TemplateDetails): void {
  const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.chronology, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: TEMPLATE_HEADER_ROW, topLeftCell: `A${TEMPLATE_HEADER_ROW + 1}`, activeCell: `A${TEMPLATE_HEADER_ROW + 1}` }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${TEMPLATE_HEADER_ROW}:${TEMPLATE_HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  // Column styles reach every cell a person types into, below the last row set up here too.
  sheet.columns = TEMPLATE_COLUMNS.map((field) => ({ key: field, width: COLUMN_WIDTHS[field], style: columnStyle(field) }));

  const block: [string, string | null, Partial<ExcelJS.Style>][] = [
    [TEMPLATE_HEADER_BLOCK.reference, details.reference, ANSWER],
    [TEMPLATE_HEADER_BLOCK.agency, details.agency, ANSWER],
    [TEMPLATE_HEADER_BLOCK.author, null, ANSWER],
    [TEMPLATE_HEADER_BLOCK.date, null, DATE_ANSWER],
  ];
  block.forEach(([label, value, style], index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = label;
    row.getCell(1).style = LABEL;
    row.getCell(2).value = value;
    for (const column of [2, 3, 4]) row.getCell(column).style = style;
    // The answer spans the next columns, so a long agency name or author shows in full.
    sheet.mergeCells(index + 1, 2, index + 1, 4);
  });
  sheet.getCell(4, 2).dataValidation = dateValidation('the date the chronology was completed');

  const header = sheet.getRow(TEMPLATE_HEADER_ROW);
  header.values = TEMPLATE_COLUMNS.map((field) => TEMPLATE_HEADERS[field]);
  header.height = 45;
  header.eachCell((cell) => {
    cell.style = HEADING;
  });

  const firstData = TEMPLATE_HEADER_ROW + 1;
  const lastData = TEMPLATE_HEADER_ROW + TEMPLATE_DATA_ROWS;
  TEMPLATE_COLUMNS.forEach((field, index) => {
    const validation = validationFor(field);
    const letter = columnLetter(index + 1);
    if (validation !== null) validationsOf(sheet).add(`${letter}${firstData}:${letter}${lastData}`, validation);
  });
  markSheet(sheet, details);
}

/** The workbook an agency fills in: Instructions, Agency summary and Chronology sheets. */
export async function chronologyTemplate(details: TemplateDetails): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // The partnership made it; no person's name goes into a file that travels between agencies.
  workbook.creator = details.partnershipName;
  workbook.lastModifiedBy = details.partnershipName;
  workbook.company = details.partnershipName;
  workbook.title = `Agency summary and chronology ${details.reference}, ${details.agency}`;
  workbook.created = new Date(`${details.madeOn}T00:00:00Z`);
  workbook.modified = workbook.created;
  addInstructions(workbook, details);
  addSummary(workbook, details);
  addChronology(workbook, details);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
