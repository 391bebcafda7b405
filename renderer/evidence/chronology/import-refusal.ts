/**
 * Why a returned chronology was not read or not imported, for the error summary: each message
 * names the file (the Business Unit may be working through a dozen returns at once) and links
 * to the file box, where choosing another file puts it right.
 */
import type { ErrorValue } from '../../../shared/errors.ts';
import type { FieldError } from '../../components/field-errors.ts';

/** The id of the file box on the import form. */
export const FILE_FIELD = 'chronology-file';

function naming(fileName: string, message: string): string {
  return message.includes(fileName) ? message : `${fileName}: ${message}`;
}

export function importRefusal(error: ErrorValue, fileName: string): FieldError[] {
  const problems = error.problems ?? [];
  if (error.code === 'INVALID_INPUT' && problems.length > 0) {
    return problems.map((problem) => ({ field: FILE_FIELD, message: naming(fileName, problem.message) }));
  }
  return [{ field: FILE_FIELD, message: naming(fileName, error.message) }];
}
