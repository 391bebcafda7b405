/** PLACEHOLDER — replaced by the helper that owns the file guard. */
import { AppError } from '../../../shared/errors.ts';
import type { ReturnedFile, ReturnedFileKind } from './returned-file.ts';

/**
 * Refuses, before anything is parsed, a file that is not a spreadsheet, is password-protected,
 * is a legacy .xls, is over 50 MB, or whose zip would inflate past 500 MB or at a ratio over 100.
 * Throws AppError('FILE_REFUSED', one plain sentence); returns what the file is otherwise.
 */
export async function checkReturnedFile(file: ReturnedFile): Promise<ReturnedFileKind> {
  throw new AppError('FILE_REFUSED', `Not built yet: ${file.fileName}`);
}
