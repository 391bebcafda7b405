/**
 * The annual figures as an .xlsx. The first sheet, "Summary", is for scripts as much as people:
 * row 1 is its header and every row after it is one figure, its name in column A (as the
 * reference page lists it) and its value in column B as a number, in the screen's order. Then
 * one sheet per figure laid out as the screen's table, and last an "About" sheet with the period
 * and which date puts a record in it, so nothing above a figure's row moves its row number.
 * No person's name goes in: the properties say only what made it.
 */
import ExcelJS from 'exceljs';
import { FIGURE_SECTION_TITLES, type FigureTable, type FiguresView } from '../../../shared/figures/figures.ts';
import { dateInWords } from '../pdf/date-words.ts';
import { cellDescription, FIGURES_DATE_RULES, figuresTitle, periodInWords } from '../pdf/figures-words.ts';

export const SUMMARY_SHEET = 'Summary';
export const ABOUT_SHEET = 'About';
export const SUMMARY_HEADERS = ['Figure', 'Value', 'Description'] as const;
/** On each figure's sheet: its title, description and period, a blank row, then the table's header. */
export const FIGURE_SHEET_HEADER_ROW = 5;

const APP_NAME = 'Practice Review Manager';
/** Excel's limit on a sheet's name, and the characters it refuses in one. */
const SHEET_NAME_LENGTH = 31;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF505A5F' } };
const HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D70B8' } },
  border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
  alignment: { vertical: 'middle', wrapText: true },
};
const TOP: Partial<ExcelJS.Style> = { alignment: { vertical: 'top' } };
const WRAP: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true } };

/**
 * Sheet names from the tables' titles: Excel's forbidden characters dropped, at most 31
 * characters, no leading or trailing apostrophe, and unique however they are capitalised (Excel
 * compares them without case), with "Summary", "About" and Excel's reserved "History" taken.
 */
export function figureSheetNames(tables: readonly Pick<FigureTable, 'title'>[]): string[] {
  const taken = new Set([SUMMARY_SHEET, ABOUT_SHEET, 'History'].map((name) => name.toLowerCase()));
  return tables.map((table) => {
    const base = cleanSheetName(table.title) || 'Figure';
    let name = cutAtWord(base, SHEET_NAME_LENGTH);
    for (let copy = 2; taken.has(name.toLowerCase()); copy += 1) {
      const suffix = ` (${copy})`;
      name = `${cutAtWord(base, SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** At most `length` characters, cut after a whole word where that still leaves most of them. */
function cutAtWord(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = text.charAt(length) === ' ' ? length : cut.lastIndexOf(' ');
  // Excel refuses a name ending in an apostrophe, which a cut could leave ("Children’s" is safe: a typographic one).
  return (space >= length / 2 ? cut.slice(0, space) : cut).trim().replace(/'+$/, '').trim();
}

function cleanSheetName(title: string): string {
  return title
    .replace(FORBIDDEN_IN_SHEET_NAME, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
}

/** Wide enough for the longest text in the column, within reason. */
function widthFor(texts: readonly string[], min: number, max: number): number {
  return Math.min(max, Math.max(min, ...texts.map((text) => text.length + 2)));
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.style = HEADER;
  });
}

function addSummary(workbook: ExcelJS.Workbook, view: FiguresView): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'A2' }] });
  const rows = view.tables.flatMap((table) =>
    table.rows.flatMap((row) => row.cells.map((cell, index) => ({ name: cell.name, value: cell.value, description: cellDescription(table, row.label, index) }))),
  );
  sheet.columns = [
    { width: widthFor(rows.map((row) => row.name), 20, 70) },
    { width: 12 },
    { width: widthFor(rows.map((row) => row.description), 30, 90) },
  ];
  styleHeader(sheet.addRow([...SUMMARY_HEADERS]));
  sheet.getCell('A1').note = `${figuresTitle(view)}: ${periodInWords(view)}, both days included. See the ${ABOUT_SHEET} sheet for which date puts a record in the period.`;
  for (const figure of rows) {
    const row = sheet.addRow([figure.name, figure.value, figure.description]);
    row.getCell(1).style = TOP;
    row.getCell(3).style = WRAP;
  }
  sheet.autoFilter = { from: 'A1', to: `C${rows.length + 1}` };
}

function addFigureSheet(workbook: ExcelJS.Workbook, view: FiguresView, table: FigureTable, name: string): void {
  const header = FIGURE_SHEET_HEADER_ROW;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: header, topLeftCell: `B${header + 1}`, activeCell: `A${header + 1}` }] });
  sheet.columns = [{ width: widthFor([table.title, ...table.rows.map((row) => row.label)], 24, 60) }, ...table.columns.map((column) => ({ width: widthFor([column.label], 12, 30) }))];
  const title = sheet.addRow([table.title]);
  title.getCell(1).font = { bold: true, size: 14 };
  sheet.addRow([table.description]);
  sheet.addRow([`Period: ${periodInWords(view)}, both days included. In the annual report under “${FIGURE_SECTION_TITLES[table.section]}”`]);
  sheet.addRow([]);
  // The first column's header names what the rows are, so a screen reader announces each row's label with a heading.
  styleHeader(sheet.addRow([table.title, ...table.columns.map((column) => column.label)]));
  for (const figureRow of table.rows) {
    const row = sheet.addRow([figureRow.label, ...table.columns.map((_, index) => figureRow.cells[index]?.value ?? null)]);
    row.getCell(1).style = WRAP;
  }
  if (table.rows.length === 0) sheet.addRow(['Nothing to count in this period.']);
}

function addAbout(workbook: ExcelJS.Workbook, view: FiguresView, sheetNames: readonly string[]): void {
  const sheet = workbook.addWorksheet(ABOUT_SHEET);
  sheet.columns = [{ width: 100 }];
  const title = sheet.addRow([figuresTitle(view)]);
  title.getCell(1).font = { bold: true, size: 14 };
  sheet.addRow([`The period: ${periodInWords(view)}, both days included.`]);
  sheet.addRow([`Worked out on ${dateInWords(view.today)}: a clock still open that day after its due date counts as missed.`]);
  sheet.addRow([]);
  sheet.addRow(['Which date puts a record in the period']).getCell(1).font = { bold: true };
  for (const rule of FIGURES_DATE_RULES) sheet.addRow([rule]);
  sheet.addRow([]);
  sheet.addRow(['The sheets']).getCell(1).font = { bold: true };
  sheet.addRow([`${SUMMARY_SHEET}: every figure by its name (column A) and value (column B), in the order of the sheets that follow it. A blank value is not applicable.`]);
  view.tables.forEach((table, index) => sheet.addRow([`${sheetNames[index]}: ${table.description}`]));
  sheet.eachRow((row) => {
    row.getCell(1).alignment = { vertical: 'top', wrapText: true };
  });
}

/** Summary first, then one sheet per figure in the screen's order, then About. */
export async function figuresWorkbook(view: FiguresView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = APP_NAME;
  workbook.lastModifiedBy = APP_NAME;
  workbook.title = figuresTitle(view);
  workbook.subject = periodInWords(view);
  // The day it was worked out, not the moment: the file says no more than its figures need.
  const made = new Date(`${view.today}T00:00:00Z`);
  if (!Number.isNaN(made.getTime())) {
    workbook.created = made;
    workbook.modified = made;
  }
  const sheetNames = figureSheetNames(view.tables);
  addSummary(workbook, view);
  view.tables.forEach((table, index) => addFigureSheet(workbook, view, table, sheetNames[index]!));
  addAbout(workbook, view, sheetNames);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
