/**
 * The referral form's answers checked against the referral's own schema before they are sent,
 * so a field left empty gets main's own message beside it without a round trip. Main checks
 * everything again (dates against each other and today), and its answer is the authority.
 */
import { referralRecord, type RecordInput } from '../../shared/reviews/records.ts';
import type { FieldError } from '../components/field-errors.ts';
import { fieldErrorsFromIssues } from '../components/problems.ts';

export type CheckedReferral = { readonly ok: true; readonly referral: RecordInput<'referral'> } | { readonly ok: false; readonly errors: FieldError[] };

export function checkReferral(candidate: Record<string, unknown>): CheckedReferral {
  const result = referralRecord.safeParse(candidate);
  if (result.success) return { ok: true, referral: result.data };
  return {
    ok: false,
    errors: fieldErrorsFromIssues(result.error.issues),
  };
}
