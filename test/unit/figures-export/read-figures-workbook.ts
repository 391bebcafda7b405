/**
 * The figures' workbook read back as a script or a person would: the Summary sheet's rows from
 * row 2 down (name in A, value in B, a blank B read as null), and a figure's sheet as its header
 * and rows under the header row.
 */
import type ExcelJS from 'exceljs';
import type { FigureCell } from '../../../shared/figures/figures.ts';
import { FIGURE_SHEET_HEADER_ROW, SUMMARY_SHEET } from '../../../main/exports/xlsx/figures-workbook.ts';

function numberOrNull(value: ExcelJS.CellValue): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number') throw new Error(`Expected a number cell, found ${JSON.stringify(value)}`);
  return value;
}

export function readSummary(workbook: ExcelJS.Workbook): FigureCell[] {
  const sheet = workbook.getWorksheet(SUMMARY_SHEET);
  if (sheet === undefined) throw new Error('The workbook has no Summary sheet');
  const cells: FigureCell[] = [];
  for (let row = 2; row <= sheet.rowCount; row += 1) {
    const name = sheet.getCell(`A${row}`).value;
    if (typeof name !== 'string') throw new Error(`Summary row ${row} has no figure name in column A`);
    cells.push({ name, value: numberOrNull(sheet.getCell(`B${row}`).value) });
  }
  return cells;
}

/** Column B of the Summary row whose column A is `name`; throws if no row has that name. */
export function summaryValue(workbook: ExcelJS.Workbook, name: string): number | null {
  const found = readSummary(workbook).find((cell) => cell.name === name);
  if (found === undefined) throw new Error(`The Summary sheet has no figure named ${name}`);
  return found.value;
}

export interface FigureSheetContent {
  readonly headers: string[];
  readonly rows: { label: string; values: (number | null)[] }[];
}

export function readFigureSheet(sheet: ExcelJS.Worksheet): FigureSheetContent {
  const header = sheet.getRow(FIGURE_SHEET_HEADER_ROW);
  const width = header.cellCount;
  const headers: string[] = [];
  for (let column = 2; column <= width; column += 1) headers.push(String(header.getCell(column).value));
  const rows: FigureSheetContent['rows'] = [];
  for (let index = FIGURE_SHEET_HEADER_ROW + 1; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    const label = row.getCell(1).value;
    // A table with no rows says so in one cell, with nothing beside it.
    if (width > 1 && row.cellCount === 1 && label === 'Nothing to count in this period.') continue;
    const values: (number | null)[] = [];
    for (let column = 2; column <= width; column += 1) values.push(numberOrNull(row.getCell(column).value));
    rows.push({ label: String(label), values });
  }
  return { headers, rows };
}
