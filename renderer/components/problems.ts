/**
 * Main's refusals name each problem by its path in the call's input ("record.data.heldOn").
 * A form names its fields by the path inside what it sends ("heldOn"), so it strips its prefix.
 */
import { problemsFromIssues, type ErrorValue, type SchemaIssue } from '../../shared/errors.ts';
import type { FieldError } from './field-errors.ts';

export function fieldErrorsFrom(error: ErrorValue, prefix: string): FieldError[] {
  const problems = error.problems ?? [];
  if (problems.length === 0) return [{ message: error.message }];
  return problems.map((problem) =>
    problem.path.startsWith(prefix) && problem.path.length > prefix.length ? { field: fieldId(problem.path.slice(prefix.length)), message: problem.message } : { message: problem.message },
  );
}

/** A form's answers checked against a shared schema before sending: each issue beside its field, as main would put it. */
export function fieldErrorsFromIssues(issues: readonly SchemaIssue[]): FieldError[] {
  return problemsFromIssues(issues).map((problem) => (problem.path === '' ? { message: problem.message } : { field: fieldId(problem.path), message: problem.message }));
}

/** "attendees.0.name" → "attendees-0-name": an element id a label's `for` and a summary link can use. */
export function fieldId(path: string): string {
  return path.replace(/^\./, '').replace(/\./g, '-');
}
