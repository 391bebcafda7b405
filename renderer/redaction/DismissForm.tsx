/**
 * Dismissing a detected identifier: it stays in the text at this place only, so the reviewer
 * says why ("the date of a national report"). The reason is kept with who and when.
 */
import { useState, type FormEvent } from 'react';
import type { CandidateView } from '../../shared/reports/redaction.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { candidateName } from './candidate-words.ts';
import type { UseDecisions } from './use-decisions.ts';

export function DismissForm({ candidate, decisions }: { readonly candidate: CandidateView; readonly decisions: UseDecisions }) {
  const [reason, setReason] = useState(candidate.reason);
  const { saving } = decisions;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving.saving) void decisions.dismiss(candidate, reason);
  };
  return (
    <form noValidate onSubmit={submit} data-testid="dismiss-form">
      <FormHeading level={3}>{`Dismiss ${candidateName(candidate)}`}</FormHeading>
      <ErrorSummary errors={saving.errors} />
      <TextArea
        id="decision-reason"
        label="Why is it not identifying?"
        hint="For example, the date of a national report. It is left in at this place only; the same value elsewhere is asked about again."
        value={reason}
        onChange={setReason}
        error={saving.errorFor('decision-reason')}
        rows={2}
      />
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="submit" className="govuk-button" aria-disabled={saving.saving}>
          {saving.saving ? 'Saving…' : 'Dismiss it'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={decisions.closeDismiss}>
          Cancel
        </button>
      </div>
    </form>
  );
}
