/**
 * The secured files' access log as an .xlsx for the Practice Review Subgroup: title rows saying
 * what it is, when and by whom it was made and what the filter kept, then a styled header row with
 * filters on and frozen, and one row per event in chain order. Written with exceljs's streaming
 * writer, committing each row, as the composite chronology is (composite-workbook.ts).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AccessLogEntry } from '../../../shared/vault/access-log.ts';
import { ACCESS_LOG_COLUMNS, ACCESS_LOG_TITLE, entryWords, londonWallClock } from '../../vault/access-log-rows.ts';
import { dateInWords } from '../pdf/date-words.ts';

export interface AccessLogWorkbookInput {
  /** The day it is made (YYYY-MM-DD, England). */
  readonly madeOn: string;
  readonly madeBy: string;
  /** A sentence saying what the filter kept, written above the table. */
  readonly filterDescription: string;
  readonly entries: readonly AccessLogEntry[];
}

export const ACCESS_LOG_SHEET = 'Access log';
const MARKING = 'OFFICIAL-SENSITIVE';

const TITLE_ROWS = 4;
/** Title rows, one blank row, then the header. */
export const ACCESS_LOG_HEADER_ROW = TITLE_ROWS + 2;

const WIDTHS = [9, 20, 24, 24, 16, 26, 40, 40, 60];

// One shared style object per kind of cell: exceljs registers an object it has seen only once.
const WRAP: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true } };
const TOP: Partial<ExcelJS.Style> = { alignment: { vertical: 'top' } };
const DATE_TIME: Partial<ExcelJS.Style> = { numFmt: 'dd/mm/yyyy hh:mm:ss', alignment: { vertical: 'top' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF505A5F' } };
const HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D70B8' } },
  border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
  alignment: { vertical: 'middle', wrapText: true },
};
const COLUMN_STYLES: readonly Partial<ExcelJS.Style>[] = [TOP, DATE_TIME, TOP, TOP, TOP, WRAP, WRAP, WRAP, WRAP];

/** Empty text is left as a blank cell, so Excel's "(Blanks)" filter finds it. */
const textOrBlank = (text: string): string | null => (text === '' ? null : text);

function rowValues(entry: AccessLogEntry): ExcelJS.CellValue[] {
  return [entry.seq, londonWallClock(entry.at) ?? entry.at, ...entryWords(entry).map(textOrBlank)];
}

function collect(stream: PassThrough): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

const LAST_COLUMN = String.fromCharCode(64 + ACCESS_LOG_COLUMNS.length);

export async function accessLogWorkbook(input: AccessLogWorkbookInput): Promise<Buffer> {
  const stream = new PassThrough();
  const bytes = collect(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Practice Review Manager';
  workbook.lastModifiedBy = 'Practice Review Manager';
  workbook.title = ACCESS_LOG_TITLE;
  const sheet = workbook.addWorksheet(ACCESS_LOG_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: ACCESS_LOG_HEADER_ROW, topLeftCell: `A${ACCESS_LOG_HEADER_ROW + 1}`, activeCell: `A${ACCESS_LOG_HEADER_ROW + 1}` }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&C&"-,Bold"${MARKING}`, oddFooter: `&L${MARKING}&C${ACCESS_LOG_TITLE}&RPage &P of &N` },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));

  const title = sheet.addRow([ACCESS_LOG_TITLE]);
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  const count = input.entries.length === 1 ? '1 event' : `${input.entries.length.toLocaleString('en-GB')} events`;
  sheet.addRow([`Made on ${dateInWords(input.madeOn)} by ${input.madeBy}, with ${count}.`]).commit();
  sheet.addRow([input.filterDescription]).commit();
  const marking = sheet.addRow([MARKING]);
  marking.getCell(1).font = { bold: true };
  marking.commit();
  sheet.addRow([]).commit();

  const header = sheet.addRow([...ACCESS_LOG_COLUMNS]);
  header.eachCell((cell) => {
    cell.style = HEADER;
  });
  header.commit();
  sheet.autoFilter = `A${ACCESS_LOG_HEADER_ROW}:${LAST_COLUMN}${ACCESS_LOG_HEADER_ROW}`;

  for (const entry of input.entries) {
    const row = sheet.addRow(rowValues(entry));
    for (let column = 0; column < COLUMN_STYLES.length; column += 1) row.getCell(column + 1).style = COLUMN_STYLES[column]!;
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return bytes;
}
