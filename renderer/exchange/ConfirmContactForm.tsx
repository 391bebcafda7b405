/**
 * Trusting a contact: the person rings its owner on a number they already know, the owner reads
 * out their install's fingerprint, and the person types what they hear. Main compares it with
 * the card's keys; a mismatch is refused (and audited) with main's own words on what to do.
 */
import { useState, type FormEvent } from 'react';
import { normaliseFingerprint, type ContactsView, type ContactView } from '../../shared/exchange/contacts.ts';
import type { Result } from '../../shared/errors.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { describedBy, FieldLabelling } from '../components/FieldLabelling.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { WarningText } from '../components/WarningText.tsx';
import { useApi } from '../session/api-context.tsx';
import { describeInstall } from './contacts-editing.ts';

const FIELD = 'fingerprint';
const HINT = '24 letters and digits in six groups of four. Spaces and capital letters do not matter.';

export interface ConfirmContactFormProps {
  readonly contact: ContactView;
  readonly applyResult: (result: Result<ContactsView>) => Result<ContactsView>;
  readonly onTrusted: () => void;
  readonly onCancel: () => void;
}

export function ConfirmContactForm({ contact, applyResult, onTrusted, onCancel }: ConfirmContactFormProps) {
  const call = useApi();
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [checking, setChecking] = useState(false);
  const name = describeInstall(contact);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (checking) return;
    if (typed.trim() === '') {
      setErrors([{ field: FIELD, message: 'Enter the fingerprint the contact’s owner read to you' }]);
      return;
    }
    if (normaliseFingerprint(typed) === null) {
      setErrors([{ field: FIELD, message: 'Enter the fingerprint as it was read to you: 24 letters (A to Z) and digits (2 to 7)' }]);
      return;
    }
    setChecking(true);
    const result = applyResult(await call('exchange.confirmContact', { id: contact.id, fingerprint: typed }));
    setChecking(false);
    if (result.ok) onTrusted();
    // Main's refusal says what to do about a mismatch; it is about what was typed, so it sits there.
    else if (result.error.code !== 'LOCKED') setErrors([{ field: FIELD, message: result.error.message }]);
  };

  const error = errorFor(errors, FIELD);
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="govuk-!-margin-bottom-8" data-testid="confirm-contact-form">
      <FormHeading level={2}>{`Confirm the fingerprint of ${name}`}</FormHeading>
      <ErrorSummary errors={errors} />
      <ol className="govuk-list govuk-list--number">
        <li>{`Ring ${contact.organisation} on a phone number you already know: not one from the e-mail or message the contact card came with.`}</li>
        <li>Ask them to open Contacts in Practice Review Manager and read out the fingerprint of their install.</li>
        <li>Type what they read, group by group.</li>
      </ol>
      <WarningText>If what they read does not match, do not trust this contact. The card may not be theirs.</WarningText>
      <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
        <FieldLabelling id={FIELD} label="Fingerprint they read to you" hint={HINT} error={error} />
        <input
          className={`govuk-input govuk-input--width-30 prm-fingerprint-input${error === undefined ? '' : ' govuk-input--error'}`}
          id={FIELD}
          name={FIELD}
          type="text"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={describedBy(FIELD, HINT, error)}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={checking}>
          {checking ? 'Checking…' : 'Confirm and trust this contact'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
