/**
 * The partnership's retention period for closed cases, in whole years; blank for none, which
 * keeps every closed case until a period is set.
 */
import { useState, type FormEvent } from 'react';
import type { Result } from '../../shared/errors.ts';
import { CLOSED_CASE_YEARS } from '../../shared/retention/retention-rules.ts';
import { closedCasePeriodInput, type RetentionView } from '../../shared/retention/retention-view.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor } from '../components/field-errors.ts';
import { NumberField } from '../components/form/NumberField.tsx';
import { useWholeViewSave } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';

export interface ClosedCasePeriodFormProps {
  readonly years: number | null;
  readonly applyResult: (result: Result<RetentionView>) => Result<RetentionView>;
  /** With the period saved, or nothing when cancelled. */
  readonly onDone: (saved?: { years: number | null }) => void;
}

/** The box's text as the call's value: blank is no period; anything not a number stays as typed, for the schema to refuse. */
function yearsFrom(text: string): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function ClosedCasePeriodForm({ years, applyResult, onDone }: ClosedCasePeriodFormProps) {
  const call = useApi();
  const [text, setText] = useState(years === null ? '' : String(years));
  const saving = useWholeViewSave(applyResult);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving.saving) return;
    const years = yearsFrom(text);
    const saved = await saving.submit(closedCasePeriodInput, { years }, '', (value) => call('retention.setClosedCasePeriod', value));
    if (saved) onDone({ years: typeof years === 'number' ? years : null });
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="closed-case-period-form">
      <FormHeading>How long are closed cases kept?</FormHeading>
      <ErrorSummary errors={saving.errors} />
      <NumberField
        id="years"
        label="Years after the case closes"
        hint={`A whole number from ${CLOSED_CASE_YEARS.minimum} to ${CLOSED_CASE_YEARS.maximum}, as the partnership’s retention schedule says. Leave it blank to keep closed cases until a period is set.`}
        value={text}
        onChange={setText}
        suffix="years"
        error={errorFor(saving.errors, 'years')}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving.saving}>
          {saving.saving ? 'Saving…' : 'Save the period'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
