/**
 * The composite chronology as an .xlsx for the Business Unit and the panel: one sheet, title rows
 * saying which case, when and what the filter kept, then a styled header row with filters on and
 * frozen, and one row per entry. Written with exceljs's streaming writer, committing each row as
 * it goes, so 50,000 rows never sit in memory as cell objects.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { PRINCIPLE_LABELS, PRINCIPLES, SIGNIFICANCE_TEST_LABELS, SIGNIFICANCE_TESTS } from '../../../shared/evidence/chronology.ts';
import type { CompositeEntry } from '../../../shared/evidence/composite.ts';

export interface CompositeWorkbookInput {
  readonly reference: string;
  readonly madeOn: string;
  /** A sentence saying what the filter kept ("All agencies"), written above the table. */
  readonly filterDescription: string;
  readonly entries: readonly CompositeEntry[];
}

export const COMPOSITE_SHEET = 'Composite chronology';
const MARKING = 'OFFICIAL-SENSITIVE';

/** The header row, in column order; the tests use their full labels so a filter's drop-down says what it filters. */
export const COMPOSITE_HEADERS = [
  'Date',
  'Time',
  'Agencies',
  'Source',
  'Event',
  ...PRINCIPLES.map((principle) => PRINCIPLE_LABELS[principle]),
  ...SIGNIFICANCE_TESTS.map((test) => SIGNIFICANCE_TEST_LABELS[test]),
  'Duplicate',
] as const;

const TITLE_ROWS = 4;
/** Title rows, one blank row, then the header. */
export const COMPOSITE_HEADER_ROW = TITLE_ROWS + 2;

const WIDTHS = [12, 8, 22, 20, 50, 40, 40, 40, 30, 30, 14, 14, 14, 14, 14, 14, 30];

// One shared object per kind of cell: exceljs's style manager recognises an object it has seen
// and skips re-registering it, which is what keeps 50,000 styled rows as fast as unstyled ones.
const WRAP: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true } };
const TOP: Partial<ExcelJS.Style> = { alignment: { vertical: 'top' } };
const DATE: Partial<ExcelJS.Style> = { numFmt: 'dd/mm/yyyy', alignment: { vertical: 'top' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF505A5F' } };
const HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D70B8' } },
  border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
  alignment: { vertical: 'middle', wrapText: true },
};
const COLUMN_STYLES: readonly Partial<ExcelJS.Style>[] = COMPOSITE_HEADERS.map((_, index) => (index === 0 ? DATE : index === 1 || index >= 10 ? TOP : WRAP));

function longDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : `${date.getUTCDate()} ${date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${date.getUTCFullYear()}`;
}

function excelDate(iso: string): Date | string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date;
}

const yesNo = (value: boolean | null): string | null => (value === null ? null : value ? 'Yes' : 'No');

/** What the Business Unit has (or has not yet) decided about a row flagged as a likely duplicate. */
export function duplicateText(entry: CompositeEntry): string {
  switch (entry.duplicateState) {
    case 'flagged':
      return 'Possible duplicate (not yet decided)';
    case 'kept':
      return 'Kept: checked, not a duplicate';
    case 'merged':
      return `Merged: recorded by ${entry.agencies.join('; ')}`;
    default:
      return '';
  }
}

/** Empty text is left as a blank cell, so Excel's "(Blanks)" filter finds it. */
const textOrBlank = (text: string | null): string | null => (text === null || text === '' ? null : text);

function rowValues(entry: CompositeEntry): ExcelJS.CellValue[] {
  return [
    excelDate(entry.date),
    entry.time,
    entry.agencies.join('; '),
    textOrBlank(entry.source),
    textOrBlank(entry.event),
    ...PRINCIPLES.map((principle) => textOrBlank(entry[principle])),
    ...SIGNIFICANCE_TESTS.map((test) => yesNo(entry.tests[test])),
    textOrBlank(duplicateText(entry)),
  ];
}

function collect(stream: PassThrough): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** One styled sheet with auto-filters on, written with exceljs's streaming writer. */
export async function compositeWorkbook(input: CompositeWorkbookInput): Promise<Buffer> {
  const stream = new PassThrough();
  const bytes = collect(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Practice Review Manager';
  workbook.lastModifiedBy = 'Practice Review Manager';
  workbook.title = `Composite chronology ${input.reference}`;
  const sheet = workbook.addWorksheet(COMPOSITE_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: COMPOSITE_HEADER_ROW, topLeftCell: `A${COMPOSITE_HEADER_ROW + 1}`, activeCell: `A${COMPOSITE_HEADER_ROW + 1}` }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&C&"-,Bold"${MARKING}`, oddFooter: `&L${MARKING}&CComposite chronology ${input.reference.replaceAll('&', '&&')}&RPage &P of &N` },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));

  const title = sheet.addRow([`Composite chronology: ${input.reference}`]);
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  sheet.addRow([`Made on ${longDate(input.madeOn)}`]).commit();
  sheet.addRow([input.filterDescription]).commit();
  const marking = sheet.addRow([MARKING]);
  marking.getCell(1).font = { bold: true };
  marking.commit();
  sheet.addRow([]).commit();

  const header = sheet.addRow([...COMPOSITE_HEADERS]);
  header.eachCell((cell) => {
    cell.style = HEADER;
  });
  header.commit();
  sheet.autoFilter = `A${COMPOSITE_HEADER_ROW}:${columnLetter(COMPOSITE_HEADERS.length)}${COMPOSITE_HEADER_ROW}`;

  for (const entry of input.entries) {
    const row = sheet.addRow(rowValues(entry));
    for (let column = 0; column < COLUMN_STYLES.length; column += 1) row.getCell(column + 1).style = COLUMN_STYLES[column]!;
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return bytes;
}
