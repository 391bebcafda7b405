/**
 * How the returned-file guard says no: one AppError('FILE_REFUSED') whose message names the file,
 * says what is wrong in plain words and what the Business Unit should ask the agency to do.
 */
import { AppError } from '../../../shared/errors.ts';

/** The request most refusals end with: the one format the reader is built for. */
export const ASK_FOR_XLSX = 'Ask the agency to send the chronology as an Excel Workbook (.xlsx).';

export function refuse(message: string): never {
  throw new AppError('FILE_REFUSED', message);
}

/** "…is not an Excel workbook (.xlsx) or a CSV file", with what it seems to be when that is known. */
export function refuseNotAWorkbook(fileName: string, looksLike: string | null): never {
  refuse(`${fileName} is not an Excel workbook (.xlsx) or a CSV file${looksLike === null ? '' : `: it looks like ${looksLike}`}. ${ASK_FOR_XLSX}`);
}

const MB = 1024 * 1024;

/** Megabytes to one decimal place, rounded up, so a file just over a limit never reads as equal to it. */
export function megabytes(bytes: number): string {
  return `${Math.ceil((bytes / MB) * 10) / 10} MB`;
}

/** A limit in whole megabytes, as CHRONOLOGY_LIMITS states it ("50 MB"). */
export function wholeMegabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
