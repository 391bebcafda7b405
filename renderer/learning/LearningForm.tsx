import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';

export interface LearningFormProps {
  /** The form's heading, which takes focus when it opens: the button that opened it has gone. */
  readonly title: string;
  /** h3 on the Learning page, h4 inside a part of a case's learning section. */
  readonly level: 3 | 4;
  readonly lead?: ReactNode;
  readonly errors: readonly FieldError[];
  readonly saving: boolean;
  readonly submitLabel: string;
  readonly onSubmit: () => void;
  /** Absent for a form that is always on the page (adding a theme). */
  readonly onCancel?: () => void;
  /** A form always on the page does not take focus when the page opens. */
  readonly focusOnOpen?: boolean;
  readonly testId: string;
  readonly children: ReactNode;
}

/** A learning form opened in place: heading, error summary, fields, and Save and Cancel. */
export function LearningForm({ title, level, lead, errors, saving, submitLabel, onSubmit, onCancel, focusOnOpen = true, testId, children }: LearningFormProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) onSubmit();
  };
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <form noValidate onSubmit={submit} className="govuk-!-margin-bottom-6" data-testid={testId}>
      <Heading className={`${level === 3 ? 'govuk-heading-m' : 'govuk-heading-s'} prm-page-heading`} tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      {lead === undefined ? null : <div className="govuk-body">{lead}</div>}
      <ErrorSummary errors={errors} />
      {children}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {onCancel === undefined ? null : (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
