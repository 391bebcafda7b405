import type { ReactNode } from 'react';
import { describedBy, FieldLabelling } from '../FieldLabelling.tsx';

export interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /**
   * The text as typed, so "1" on its way to "15" or a mistyped "1O" stays on screen; the form
   * turns it into a number (see numberFrom) when it sends it.
   */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Words after the box, e.g. "working days". */
  readonly suffix?: string;
  /** A GOV.UK width class; a short box hints at a short answer. */
  readonly widthClass?: string;
}

/**
 * GOV.UK's advice for whole numbers: a text input with a numeric keyboard, not type="number",
 * whose arrows and scroll-wheel changes catch people out.
 */
export function NumberField({ id, label, hint, error, value, onChange, suffix, widthClass = 'govuk-input--width-4' }: NumberFieldProps) {
  const input = (
    <input
      className={`govuk-input ${widthClass}${error === undefined ? '' : ' govuk-input--error'}`}
      id={id}
      name={id}
      type="text"
      inputMode="numeric"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-describedby={describedBy(id, hint, error)}
    />
  );
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <FieldLabelling id={id} label={label} hint={hint} error={error} />
      {suffix === undefined ? (
        input
      ) : (
        <div className="govuk-input__wrapper">
          {input}
          <div className="govuk-input__suffix" aria-hidden="true">
            {suffix}
          </div>
        </div>
      )}
    </div>
  );
}
