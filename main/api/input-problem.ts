/** Turns a schema failure into one sentence that names the field, for the person and for tests. */
import type { z } from 'zod';
import { problemsFromIssues, type Problem } from '../../shared/errors.ts';

export function describeInputProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'The request was not valid.';
  const field = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `The request has fields that are not expected: ${issue.keys.join(', ')}.`;
  return field === '' ? `The request was not valid: ${issue.message}.` : `The ${field} field is not valid: ${issue.message}.`;
}

/** Every problem of a schema failure, by path, for a form to show beside each field. */
export function listInputProblems(error: z.ZodError): Problem[] {
  return problemsFromIssues(error.issues);
}
