/** The person form's answers checked against personInput before they are sent; main checks them again. */
import { personInput, type PersonInput } from '../../../shared/reviews/people.ts';
import type { FieldError } from '../../components/field-errors.ts';
import { fieldErrorsFromIssues } from '../../components/problems.ts';
import { onListBoxes } from './person-answers.ts';

export type CheckedPerson = { readonly ok: true; readonly person: PersonInput } | { readonly ok: false; readonly errors: FieldError[] };

export function checkPerson(candidate: Record<string, unknown>): CheckedPerson {
  const result = personInput.safeParse(candidate);
  if (result.success) return { ok: true, person: result.data };
  return {
    ok: false,
    errors: onListBoxes(fieldErrorsFromIssues(result.error.issues)),
  };
}
