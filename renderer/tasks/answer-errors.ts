/**
 * What went wrong with an answer, for the form's error summary. Main names each problem by its
 * path in the call's input ("answer.securing.confirmedOn"); a form names its fields by their ids,
 * so `fieldOf` says which field a path is about (undefined for a problem with no field, such as
 * a workbook whose summary sheet could not be read, which is listed as it comes).
 */
import type { ErrorValue } from '../../shared/errors.ts';
import type { FieldError } from '../components/field-errors.ts';
import type { AnswerOutcome } from './use-answer.ts';

export type FieldOf = (path: string) => string | undefined;

export function answerErrors(error: ErrorValue, fieldOf: FieldOf): FieldError[] {
  const problems = error.problems ?? [];
  if (problems.length === 0) return [{ message: error.message }];
  const listed: FieldError[] = problems.map((problem) => {
    const field = fieldOf(problem.path);
    return field === undefined ? { message: problem.message } : { field, message: problem.message };
  });
  // Main's headline says what the problems are about ("The agency summary in … has 3 problems"),
  // unless it is only the one problem said again.
  const headline = error.message.replace(/\.$/, '');
  const repeatsAProblem = listed.some((problem) => problem.message.replace(/\.$/, '') === headline);
  const withHeadline = repeatsAProblem ? listed : [{ message: error.message }, ...listed];
  return unique(withHeadline);
}

/** The errors an outcome that made nothing leaves on the form; `fileField` is the chooser a refused file belongs to. */
export function outcomeErrors(outcome: Exclude<AnswerOutcome, { kind: 'saved' } | { kind: 'not-saved' }>, fileField: string, fieldOf: FieldOf): FieldError[] {
  switch (outcome.kind) {
    case 'cancelled':
      return [{ message: 'You cancelled sending the file, so nothing was made. Choose “Make” again when you are ready.' }];
    case 'file-refused':
      return [{ field: fileField, message: `${outcome.name}: ${outcome.error.message}` }];
    case 'refused':
      return answerErrors(outcome.error, fieldOf);
  }
}

/** A refusal because the session locked: the whole app moves to the locked screen, so the form shows nothing. */
export function lockedOutcome(outcome: AnswerOutcome): boolean {
  return (outcome.kind === 'refused' || outcome.kind === 'file-refused') && outcome.error.code === 'LOCKED';
}

/** The error summary keys its lines by field and message, so the same line twice is shown once. */
function unique(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.field ?? ''}:${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
