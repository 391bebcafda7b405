import { useEffect, useRef, useState, type ReactNode } from 'react';
import { describedBy, FieldLabelling } from './FieldLabelling.tsx';

export interface PassphraseFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoComplete: 'current-password' | 'new-password';
}

/**
 * GOV.UK's password input, with its Show/Hide button: a long passphrase of words is easier to
 * type correctly when you can check it. It goes back to hidden whenever the form is sent.
 */
export function PassphraseField({ id, label, hint, error, value, onChange, autoComplete }: PassphraseFieldProps) {
  const [shown, setShown] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const hide = () => setShown(false);
    form.addEventListener('submit', hide);
    return () => form.removeEventListener('submit', hide);
  }, []);
  const toggle = () => {
    setShown(!shown);
    setAnnouncement(shown ? 'Your passphrase is hidden' : 'Your passphrase is visible');
  };
  return (
    <div className={`govuk-form-group govuk-password-input${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <FieldLabelling id={id} label={label} hint={hint} error={error} />
      <div className="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          className={`govuk-input govuk-password-input__input govuk-!-width-two-thirds${error === undefined ? '' : ' govuk-input--error'}`}
          id={id}
          name={id}
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          aria-describedby={describedBy(id, hint, error)}
          ref={input}
        />
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-password-input__toggle"
          aria-controls={id}
          aria-label={shown ? 'Hide passphrase' : 'Show passphrase'}
          onClick={toggle}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
      <div className="govuk-password-input__sr-status govuk-visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
