import type { ReactNode } from 'react';
import { describedBy, FieldLabelling } from '../FieldLabelling.tsx';

export interface TextAreaProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
}

/** A GOV.UK textarea for free text: rationale, pen pictures, minutes of what was said. */
export function TextArea({ id, label, hint, error, value, onChange, rows = 5 }: TextAreaProps) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <FieldLabelling id={id} label={label} hint={hint} error={error} />
      <textarea
        className={`govuk-textarea${error === undefined ? '' : ' govuk-textarea--error'}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
