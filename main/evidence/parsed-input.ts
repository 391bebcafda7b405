/**
 * An evidence service's input through its schema again: the pipeline has parsed it already, but
 * a service may be called from elsewhere (the command line, tests, the demo), and is never unguarded.
 */
import type { z } from 'zod';
import { problemsFromIssues } from '../../shared/errors.ts';
import { refuseProblems } from '../reviews/input-problems.ts';

/** The parsed value, or INVALID_INPUT listing every problem by its path under `prefix` ("request."). */
export function parsedOrRefused<S extends z.ZodType>(schema: S, input: unknown, prefix: string, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) refuseProblems(problemsFromIssues(result.error.issues), prefix, what);
  return result.data;
}
