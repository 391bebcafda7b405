/**
 * Recording that a published report came off the website: the date only. Nothing is deleted —
 * the report is kept and available on request — so no typed confirmation is asked for.
 */
import { useState, type FormEvent } from 'react';
import type { Result } from '../../shared/errors.ts';
import { takenOffInput, type PublicationDue, type RetentionView } from '../../shared/retention/retention-view.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor } from '../components/field-errors.ts';
import { formatDate } from '../components/format-date.ts';
import { DateInput } from '../components/form/DateInput.tsx';
import { useWholeViewSave } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';

export interface TakenOffFormProps {
  readonly due: PublicationDue;
  readonly today: string;
  readonly applyResult: (result: Result<RetentionView>) => Result<RetentionView>;
  /** With the date recorded, or nothing when cancelled. */
  readonly onDone: (takenOffOn?: string) => void;
}

export function TakenOffForm({ due, today, applyResult, onDone }: TakenOffFormProps) {
  const call = useApi();
  const [takenOffOn, setTakenOffOn] = useState(today);
  const saving = useWholeViewSave(applyResult);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving.saving) return;
    const saved = await saving.submit(takenOffInput, { reference: due.reference, takenOffOn }, '', (value) => call('retention.recordTakenOff', value));
    if (saved) onDone(takenOffOn);
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="taken-off-form">
      <FormHeading>{`Record that case ${due.reference}’s report came off the website`}</FormHeading>
      <ErrorSummary errors={saving.errors} />
      <p className="govuk-body">{`It was published on ${formatDate(due.publishedOn)} and could come off from ${formatDate(due.mayComeDownOn)}. The report is kept and available on request.`}</p>
      <DateInput id="takenOffOn" label="When was it taken off the website?" value={takenOffOn} onChange={setTakenOffOn} error={errorFor(saving.errors, 'takenOffOn')} />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving.saving}>
          {saving.saving ? 'Saving…' : 'Save the date'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
