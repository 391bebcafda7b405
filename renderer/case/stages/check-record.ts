/**
 * A form's answers checked against the record's own schema before they are sent, so the obvious
 * problems (a required field left empty, a date that does not exist) get the same message main
 * would give, beside the same field, without a round trip. Main still checks everything, and its
 * answer is the authority (dates against the referral, an outcome at an inquorate meeting).
 */
import { RECORD_SCHEMAS, type RecordSave, type RecordType } from '../../../shared/reviews/records.ts';
import type { FieldError } from '../../components/field-errors.ts';
import { fieldErrorsFromIssues } from '../../components/problems.ts';

export type CheckedRecord = { readonly ok: true; readonly save: RecordSave } | { readonly ok: false; readonly errors: FieldError[] };

export function checkRecord(type: RecordType, answers: Record<string, unknown>): CheckedRecord {
  const result = RECORD_SCHEMAS[type].safeParse(answers);
  if (!result.success) {
    return {
      ok: false,
      errors: fieldErrorsFromIssues(result.error.issues),
    };
  }
  // The union pairs each type with the schema just used, which TypeScript cannot follow through an indexed lookup.
  return { ok: true, save: { type, data: result.data } as RecordSave };
}
