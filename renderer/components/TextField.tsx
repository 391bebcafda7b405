import type { ReactNode } from 'react';
import { describedBy, FieldLabelling } from './FieldLabelling.tsx';

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoComplete: 'username' | 'name';
  /** A GOV.UK width class, e.g. `govuk-input--width-20`, so the box hints at the answer's length. */
  readonly widthClass?: string;
}

/** A GOV.UK text input with its label, optional hint and the error message beside it. */
export function TextField({ id, label, hint, error, value, onChange, autoComplete, widthClass = 'govuk-!-width-two-thirds' }: TextFieldProps) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <FieldLabelling id={id} label={label} hint={hint} error={error} />
      <input
        className={`govuk-input ${widthClass}${error === undefined ? '' : ' govuk-input--error'}`}
        id={id}
        name={id}
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
