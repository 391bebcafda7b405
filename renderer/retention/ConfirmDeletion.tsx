/**
 * "Check before you delete": what a deletion takes and what stays, then the case reference typed
 * to confirm, as GOV.UK asks before anything that cannot be undone. Main checks again that it is
 * due on the day, and refuses anything else.
 */
import { useState, type FormEvent } from 'react';
import type { DeletingRule } from '../../shared/retention/retention-rules.ts';
import type { DeletionReport } from '../../shared/retention/retention-view.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { SummaryList, type SummaryRow } from '../case/components/SummaryList.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { fieldErrorsFrom } from '../components/problems.ts';
import { WarningText } from '../components/WarningText.tsx';
import { useApi } from '../session/api-context.tsx';
import { DELETION_HEADINGS, RULE_SHORT_WORDS } from './retention-words.ts';

export interface DeletionTarget {
  readonly rule: DeletingRule;
  readonly reference: string;
  /** What goes, in a phrase. */
  readonly goes: string;
  /** What stays, in a phrase. */
  readonly stays: string;
}

export interface ConfirmDeletionProps {
  readonly target: DeletionTarget;
  readonly onDeleted: (report: DeletionReport) => void;
  readonly onCancel: () => void;
}

export function ConfirmDeletion({ target, onDeleted, onCancel }: ConfirmDeletionProps) {
  const call = useApi();
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [deleting, setDeleting] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (deleting) return;
    if (typed.trim().toLowerCase() !== target.reference.toLowerCase()) {
      setErrors([{ field: 'confirmReference', message: typed.trim() === '' ? `Type the case reference, ${target.reference}, to confirm` : `Type the case reference exactly as shown: ${target.reference}` }]);
      return;
    }
    setErrors([]);
    setDeleting(true);
    const result = await call('retention.delete', { rule: target.rule, reference: target.reference, confirmReference: typed });
    setDeleting(false);
    if (result.ok) onDeleted(result.value);
    else if (result.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(result.error, ''));
  };

  const rows: SummaryRow[] = [
    { label: 'Case', value: target.reference },
    { label: 'Why', value: RULE_SHORT_WORDS[target.rule] },
    { label: 'What is deleted', value: target.goes },
    { label: 'What stays', value: target.stays },
  ];
  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="confirm-deletion">
      <FormHeading level={2}>{DELETION_HEADINGS[target.rule](target.reference)}</FormHeading>
      <ErrorSummary errors={errors} />
      <SummaryList rows={rows} />
      <WarningText>
        This cannot be undone. What is deleted is removed from this store for good, and the details of the audit events about it are erased. Backups made before now still hold it until IT destroys them: you will see which.
      </WarningText>
      <TextInput id="confirmReference" label={`To confirm, type the case reference: ${target.reference}`} value={typed} onChange={setTyped} error={errorFor(errors, 'confirmReference')} widthClass="govuk-input--width-20" />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--warning" aria-disabled={deleting}>
          {deleting ? 'Deleting…' : 'Delete for good'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
