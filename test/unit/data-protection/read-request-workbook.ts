/**
 * The data-protection export read back from its bytes with exceljs, as the data-protection
 * officer's spreadsheet program would: each sheet's rows as text, and each place's findings as
 * records under the header row.
 */
import ExcelJS from 'exceljs';
import { PLACE_COLUMNS } from '../../../main/data-protection/request-workbook.ts';

export interface ReadWorkbook {
  readonly sheetNames: readonly string[];
  /** Every cell of the sheet as text, row by row. */
  rows(sheet: string): string[][];
  /** The sheet's findings: one record per row under the header, keyed by column name. */
  findings(sheet: string): Record<(typeof PLACE_COLUMNS)[number], string>[];
  /** All the text in the workbook, for what must not be in it anywhere. */
  readonly allText: string;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return String(value);
}

export async function readRequestWorkbook(bytes: Buffer): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText)));
    sheets.set(sheet.name, rows);
  }
  const rows = (name: string): string[][] => {
    const found = sheets.get(name);
    if (found === undefined) throw new Error(`The workbook has no sheet named “${name}”; it has ${[...sheets.keys()].join(', ')}`);
    return found;
  };
  return {
    sheetNames: [...sheets.keys()],
    rows,
    findings(name) {
      const all = rows(name);
      const header = all.findIndex((row) => row[0] === PLACE_COLUMNS[0] && row[2] === PLACE_COLUMNS[2]);
      if (header === -1) throw new Error(`The sheet “${name}” has no header row`);
      return all.slice(header + 1).map((row) => Object.fromEntries(PLACE_COLUMNS.map((column, index) => [column, row[index] ?? ''])) as Record<(typeof PLACE_COLUMNS)[number], string>);
    },
    allText: [...sheets.values()].flat(2).join('\n'),
  };
}
