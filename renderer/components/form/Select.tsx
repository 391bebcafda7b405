import type { ReactNode } from 'react';
import { describedBy, FieldLabelling } from '../FieldLabelling.tsx';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** '' while nothing is chosen. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly SelectOption[];
  /** The words of the empty first option; a filter might say "All kinds" instead. */
  readonly emptyLabel?: string;
}

/** A GOV.UK select. Its first option is empty, so nothing is chosen for the person by accident. */
export function Select({ id, label, hint, error, value, onChange, options, emptyLabel = 'Choose…' }: SelectProps) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <FieldLabelling id={id} label={label} hint={hint} error={error} />
      <select
        className={`govuk-select${error === undefined ? '' : ' govuk-select--error'}`}
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
