import type { ReactNode } from 'react';
import { describedBy, FieldLabelling } from '../../components/FieldLabelling.tsx';

export interface TextInputProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** A GOV.UK width class, e.g. `govuk-input--width-20`, so the box hints at the answer's length. */
  readonly widthClass?: string;
  /** The id of a <datalist> of suggestions (organisations, say); the person may still type another. */
  readonly list?: string;
  readonly type?: 'text' | 'email' | 'tel';
}

/**
 * A plain text box for case forms: names, agencies, references. Browser autofill is off, since
 * what is typed here is about other people, never the person at the keyboard.
 */
export function TextInput({ id, label, hint, error, value, onChange, widthClass = 'govuk-!-width-two-thirds', list, type = 'text' }: TextInputProps) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <FieldLabelling id={id} label={label} hint={hint} error={error} />
      <input
        className={`govuk-input ${widthClass}${error === undefined ? '' : ' govuk-input--error'}`}
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        list={list}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
