/**
 * Agencies' returned chronologies for the chronology journey, built with exceljs the way agencies
 * really send them: the app's own template filled in; a workbook of their own with a title block
 * and renamed, re-ordered columns; and a .csv with dates typed as text. Invented events only.
 */
import ExcelJS from 'exceljs';
import { SIGNIFICANCE_TESTS, TEMPLATE_HEADERS, TEMPLATE_SHEETS, type ChronologyField, type SignificanceTest } from '../../../shared/evidence/chronology.ts';

/** A file as Playwright's setInputFiles takes it. */
export interface ReturnedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

export interface EventRow {
  /** YYYY-MM-DD, written as a real date cell; or, in the text-dates file, as typed. */
  readonly date: string;
  readonly time?: string;
  readonly source: string;
  readonly event: string;
  readonly risk?: string;
  readonly response?: string;
  readonly learning?: string;
  readonly tests?: readonly SignificanceTest[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function asDate(iso: string): Date | string {
  // A date that is not a real one ("2025-02-31") is written as typed, as an agency's typo would be.
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? iso : date;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  return String(value);
}

/** The row of the template's chronology sheet that holds its column headers, with each field's column. */
function templateColumns(sheet: ExcelJS.Worksheet): { headerRow: number; columns: Map<ChronologyField, number> } {
  const byHeader = new Map(Object.entries(TEMPLATE_HEADERS).map(([field, header]) => [header, field as ChronologyField]));
  for (let rowNumber = 1; rowNumber <= Math.min(sheet.rowCount, 40); rowNumber += 1) {
    const columns = new Map<ChronologyField, number>();
    sheet.getRow(rowNumber).eachCell((cell, column) => {
      const field = byHeader.get(cellText(cell.value).trim());
      if (field !== undefined && !columns.has(field)) columns.set(field, column);
    });
    if (columns.has('date') && columns.has('event')) return { headerRow: rowNumber, columns };
  }
  throw new Error(`No header row with "${TEMPLATE_HEADERS.date}" and "${TEMPLATE_HEADERS.event}" in the template's ${sheet.name} sheet.`);
}

/** The app's own template (from requests.template) with the agency's rows typed in under its header row. */
export async function filledTemplate(templateBase64: string, name: string, rows: readonly EventRow[]): Promise<ReturnedFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(templateBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEETS.chronology);
  if (sheet === undefined) throw new Error(`The template has no "${TEMPLATE_SHEETS.chronology}" sheet.`);
  const { headerRow, columns } = templateColumns(sheet);
  rows.forEach((row, index) => {
    const target = sheet.getRow(headerRow + 1 + index);
    const put = (field: ChronologyField, value: ExcelJS.CellValue) => {
      const column = columns.get(field);
      if (column !== undefined) target.getCell(column).value = value;
    };
    put('date', asDate(row.date));
    put('time', row.time ?? null);
    put('source', row.source);
    put('event', row.event);
    put('risk', row.risk ?? null);
    put('response', row.response ?? null);
    put('learning', row.learning ?? null);
    for (const test of SIGNIFICANCE_TESTS) put(test, row.tests?.includes(test) ? 'Yes' : 'No');
    target.commit();
  });
  return { name, mimeType: XLSX, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

/**
 * An agency's own workbook: a title block above the header row, the columns re-ordered and
 * named as agencies name them, a blank row between events, and dates as real date cells.
 */
export async function agencyOwnWorkbook(agency: string, name: string, rows: readonly EventRow[]): Promise<ReturnedFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Health chronology');
  sheet.addRow([`Chronology of significant events: ${agency}`]);
  sheet.addRow(['Agency', agency]);
  sheet.addRow(['Prepared by', 'Aoife Ní Bhriain, Named Nurse']);
  sheet.addRow([]);
  sheet.addRow(['What happened', 'Date of event', 'Time of event', 'Source of information', 'Risk identified', 'Agency response', 'Learning identified', 'Pattern']);
  for (const row of rows) {
    sheet.addRow([row.event, asDate(row.date), row.time ?? '', row.source, row.risk ?? '', row.response ?? '', row.learning ?? '', row.tests?.includes('partOfPattern') ? 'Yes' : 'No']);
    sheet.addRow([]);
  }
  sheet.getColumn(2).numFmt = 'dd/mm/yyyy';
  return { name, mimeType: XLSX, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

/** A .csv of the template's columns, as a school's system exports it: dates typed as text, in the forms people type in the UK. */
export async function textDatesCsv(name: string, rows: readonly EventRow[]): Promise<ReturnedFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Chronology');
  const fields: readonly ChronologyField[] = ['date', 'time', 'source', 'event', 'risk', 'response', 'learning', ...SIGNIFICANCE_TESTS];
  sheet.addRow(fields.map((field) => TEMPLATE_HEADERS[field]));
  for (const row of rows) {
    sheet.addRow([row.date, row.time ?? '', row.source, row.event, row.risk ?? '', row.response ?? '', row.learning ?? '', ...SIGNIFICANCE_TESTS.map((test) => (row.tests?.includes(test) ? 'Yes' : 'No'))]);
  }
  return { name, mimeType: 'text/csv', buffer: Buffer.from(await workbook.csv.writeBuffer()) };
}

/** The data rows of an exported composite, by its header row's names: each row's cells as text. */
export async function compositeRows(path: string, headerRow: number): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('The exported composite has no sheet.');
  const headers: string[] = [];
  sheet.getRow(headerRow).eachCell((cell, column) => (headers[column] = cellText(cell.value)));
  const rows: Record<string, string>[] = [];
  for (let rowNumber = headerRow + 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    if (!row.hasValues) continue;
    const values: Record<string, string> = {};
    row.eachCell((cell, column) => {
      const header = headers[column];
      if (header !== undefined) values[header] = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cellText(cell.value);
    });
    rows.push(values);
  }
  return rows;
}
