import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import type { FieldError } from '../../components/field-errors.ts';

export interface RecordFormProps {
  /** "Record the screening decision": the form's heading, which takes focus when it opens. */
  readonly title: string;
  readonly lead?: ReactNode;
  readonly errors: readonly FieldError[];
  readonly saving: boolean;
  readonly submitLabel: string;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly testId?: string;
  readonly children: ReactNode;
}

/**
 * A form that adds or changes one record: its heading, the error summary, the fields, and Save and
 * Cancel. Focus moves to the heading when it opens, so a keyboard user lands at its start.
 */
export function RecordForm({ title, lead, errors, saving, submitLabel, onSubmit, onCancel, testId, children }: RecordFormProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) onSubmit();
  };
  return (
    <form noValidate onSubmit={submit} className="prm-record-form govuk-!-margin-bottom-8" data-testid={testId}>
      <h3 className="govuk-heading-m prm-page-heading" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {lead === undefined ? null : <div className="govuk-body">{lead}</div>}
      <ErrorSummary errors={errors} />
      {children}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
