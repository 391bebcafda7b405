/**
 * The returned-file guard: the first thing that sees an agency's file, before exceljs or any
 * parser does. It refuses, each with its own message, a file that is oversized or empty, is not a
 * spreadsheet, is password-protected, is a legacy .xls, or is a zip that would inflate past
 * 500 MB or at a ratio over 100. A .csv is accepted only under a .csv name, and only as text; a
 * file under any other name must be a real .xlsx workbook.
 */
import { CHRONOLOGY_LIMITS } from '../../../shared/evidence/chronology.ts';
import { ASK_FOR_XLSX, megabytes, refuse, refuseNotAWorkbook, wholeMegabytes } from './guard-refusal.ts';
import { refuseOleFile } from './guard-ole.ts';
import { describeBytes, isPlainText, OLE_MAGIC, recognisedType, startsWith, ZIP_MAGIC } from './guard-sniff.ts';
import { checkWorkbookZip } from './guard-zip.ts';
import type { ReturnedFile, ReturnedFileKind } from './returned-file.ts';

const CSV_NAME = /\.csv$/i;

/**
 * Refuses a file by its size alone. The command line calls it with the size on disk before
 * reading the file, so a huge file is refused without being loaded.
 */
export function checkReturnedFileSize(fileName: string, byteLength: number): void {
  if (byteLength === 0) refuse(`${fileName} is empty. Ask the agency to send the completed chronology again.`);
  if (byteLength > CHRONOLOGY_LIMITS.maxFileBytes) {
    refuse(
      `${fileName} is ${megabytes(byteLength)}, which is over the ${wholeMegabytes(CHRONOLOGY_LIMITS.maxFileBytes)} limit for a returned chronology. Ask the agency to split it into smaller files, or to take out pictures and other embedded content, and send it again.`,
    );
  }
}

async function checkCsv(fileName: string, bytes: Buffer): Promise<'csv'> {
  // A NUL byte rules out every zip and OLE file before file-type could inflate one.
  if (!isPlainText(bytes)) {
    const looksLike = await describeBytes(bytes);
    refuse(`${fileName} is named as a CSV file but is not plain text${looksLike === null ? '' : `: it looks like ${looksLike}`}. ${ASK_FOR_XLSX}`);
  }
  const looksLike = await recognisedType(bytes);
  if (looksLike !== null) refuse(`${fileName} is named as a CSV file but is not one: it looks like ${looksLike}. ${ASK_FOR_XLSX}`);
  return 'csv';
}

async function refuseUnknown(fileName: string, bytes: Buffer): Promise<never> {
  const looksLike = await recognisedType(bytes);
  if (looksLike === null && isPlainText(bytes)) {
    refuse(`${fileName} is not an Excel workbook (.xlsx): it looks like plain text, perhaps a CSV file. If it is a CSV export of the chronology template, name it .csv and try again; otherwise ask the agency to send the chronology as an Excel Workbook (.xlsx).`);
  }
  return refuseNotAWorkbook(fileName, looksLike);
}

/**
 * Refuses, before anything is parsed, a file that is not a spreadsheet, is password-protected,
 * is a legacy .xls, is over 50 MB, or whose zip would inflate past 500 MB or at a ratio over 100.
 * Throws AppError('FILE_REFUSED', one plain sentence); returns what the file is otherwise.
 */
export async function checkReturnedFile(file: ReturnedFile): Promise<ReturnedFileKind> {
  const { fileName, bytes } = file;
  checkReturnedFileSize(fileName, bytes.length);
  if (CSV_NAME.test(fileName)) return checkCsv(fileName, bytes);
  if (startsWith(bytes, OLE_MAGIC)) refuseOleFile(fileName, bytes);
  if (!startsWith(bytes, ZIP_MAGIC)) return refuseUnknown(fileName, bytes);
  await checkWorkbookZip(fileName, bytes);
  return 'xlsx';
}
