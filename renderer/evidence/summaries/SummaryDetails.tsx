import { SUMMARY_DATE_FIELDS, SUMMARY_FIELDS, SUMMARY_LABELS, type AgencySummaryForm } from '../../../shared/evidence/agency-summary.ts';
import { dateText, text } from '../../case/stages/describe-values.ts';
import { SummaryRows } from '../../case/stages/SummaryRows.tsx';

/** An agency's summary as it was entered or imported, one row per question of the form, in the form's order. */
export function SummaryDetails({ form, testId }: { form: AgencySummaryForm; testId?: string }) {
  return (
    <SummaryRows
      {...(testId === undefined ? {} : { testId })}
      rows={SUMMARY_FIELDS.map((field) => {
        const value = form[field];
        return { key: SUMMARY_LABELS[field], value: SUMMARY_DATE_FIELDS.has(field) ? dateText(value) : text(value ?? '') };
      })}
    />
  );
}
