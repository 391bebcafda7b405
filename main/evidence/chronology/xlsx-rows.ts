/**
 * Every sheet of a returned .xlsx, read with exceljs's streaming reader: a workbook of 20,000
 * rows is never held as a whole in memory, and the import keeps pace with bare exceljs.
 * Cell values are reduced to what the sheet reader needs (text, number, boolean, date serial)
 * as each row goes by; the work per cell is a type check.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors.ts';
import { watchMergeCells } from './merge-cells.ts';
import type { SheetCell } from './sheet-cell.ts';
import { ChronologySheetReader, type SheetReadResult } from './sheet-rows.ts';
import { usesDate1904 } from './workbook-date-system.ts';
import { workbookStream } from './workbook-stream.ts';

/** What the streaming reader gives for each worksheet, beyond exceljs's published types. */
interface StreamedWorksheet extends AsyncIterable<ExcelJS.Row> {
  readonly name: string;
  /** The worksheet's XML, chunk by chunk; swapped for a watched copy before the rows are read. */
  iterator: AsyncIterable<Buffer | string>;
}

/** What the streaming reader knows of the workbook once xl/workbook.xml is parsed. */
interface StreamedWorkbook {
  readonly properties?: { readonly model?: { readonly date1904?: boolean } };
  readonly model?: { readonly sheets?: ReadonlyArray<{ readonly name: string }> };
}

const DAY_MS = 86_400_000;
/** Excel's serial for 1 January 1970, the Unix epoch exceljs's Dates count from. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from 1 January 1900 to 1 January 1904 as Excel counts them. */
const DAYS_1900_TO_1904 = 1_462;

export async function readWorkbookSheets(fileName: string, bytes: Buffer, today: string): Promise<SheetReadResult[]> {
  try {
    const date1904 = await usesDate1904(bytes);
    // In reading order, so exceljs never copies a sheet of OFFICIAL-SENSITIVE text to a temporary file.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(await workbookStream(bytes), {
      sharedStrings: 'cache',
      // Styles say which numbers are dates; exceljs then hands those over as Dates.
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    const workbook = reader as unknown as StreamedWorkbook;
    const results: SheetReadResult[] = [];
    for await (const worksheet of reader as unknown as AsyncIterable<StreamedWorksheet>) {
      const watch = watchMergeCells(worksheet.iterator);
      worksheet.iterator = watch.chunks;
      // exceljs turned date cells into Dates with its own idea of the date system; undo it to get the serial back.
      const excelJsDate1904 = workbook.properties?.model?.date1904 === true;
      const sheet = new ChronologySheetReader(worksheet.name, { today, date1904 });
      for await (const row of worksheet) sheet.addRow(row.number, sheetCells(row.values as ExcelJS.CellValue[], excelJsDate1904));
      results.push(sheet.finish(watch.merges()));
    }
    return inWorkbookOrder(results, workbook.model?.sheets ?? []);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_REFUSED', `"${fileName}" could not be read as an Excel workbook; it may be damaged. Open it in Excel, save it again as .xlsx and send it again.`);
  }
}

/**
 * A row's cells by column number (1-based, so index 0 is empty), as the sheet reader takes them.
 * exceljs builds a fresh array for each row's values, so it is converted where it stands.
 */
function sheetCells(values: Array<ExcelJS.CellValue | SheetCell>, excelJsDate1904: boolean): SheetCell[] {
  for (let column = 1; column < values.length; column += 1) values[column] = sheetCell(values[column] as ExcelJS.CellValue, excelJsDate1904);
  return values as SheetCell[];
}

function sheetCell(value: ExcelJS.CellValue | undefined, excelJsDate1904: boolean): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return { serial: value.getTime() / DAY_MS + UNIX_EPOCH_SERIAL - (excelJsDate1904 ? DAYS_1900_TO_1904 : 0) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return sheetCell(value.result as ExcelJS.CellValue | undefined, excelJsDate1904);
  if ('error' in value) return value.error;
  if ('text' in value) return sheetCell(value.text as ExcelJS.CellValue, excelJsDate1904);
  return null;
}

/** Worksheets stream in the order of their files in the zip; people know them in the order of their tabs. */
function inWorkbookOrder(results: SheetReadResult[], sheets: ReadonlyArray<{ readonly name: string }>): SheetReadResult[] {
  const position = new Map(sheets.map((sheet, index) => [sheet.name, index]));
  return results.map((result, index) => ({ result, index })).sort((a, b) => (position.get(a.result.sheet) ?? a.index) - (position.get(b.result.sheet) ?? b.index) || a.index - b.index).map(({ result }) => result);
}
