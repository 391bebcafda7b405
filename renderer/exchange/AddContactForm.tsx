/**
 * Adding a contact from the contact card its owner sent. The card is small, so the page reads it
 * and sends its text; main checks it (its keys against its stated fingerprint, that it is not
 * this install's own) and adds it unconfirmed. Trust comes only with the fingerprint read aloud.
 */
import { useState, type FormEvent } from 'react';
import type { ContactsView, ContactView } from '../../shared/exchange/contacts.ts';
import type { Result } from '../../shared/errors.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { useApi } from '../session/api-context.tsx';

const CARD_FIELD = 'card';
/** As exchange.importCard takes it: a real card is a few hundred bytes. */
const MOST_CARD_BYTES = 20_000;

export interface AddContactFormProps {
  readonly contacts: readonly ContactView[];
  readonly applyResult: (result: Result<ContactsView>) => Result<ContactsView>;
  /** The contact added, or null when the card was one already on the list. */
  readonly onAdded: (added: ContactView | null) => void;
  readonly onCancel: () => void;
}

export function AddContactForm({ contacts, applyResult, onAdded, onCancel }: AddContactFormProps) {
  const call = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [adding, setAdding] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adding) return;
    if (file === null) {
      setErrors([{ field: CARD_FIELD, message: 'Choose the contact card the other organisation sent you' }]);
      return;
    }
    if (file.size > MOST_CARD_BYTES) {
      setErrors([{ field: CARD_FIELD, message: `${file.name} is too large to be a contact card. Choose the .json file the other organisation exported from its Contacts page.` }]);
      return;
    }
    setAdding(true);
    const cardJson = await file.text().catch(() => null);
    if (cardJson === null) {
      setAdding(false);
      setErrors([{ field: CARD_FIELD, message: `${file.name} could not be read. Choose it again.` }]);
      return;
    }
    const known = new Set(contacts.map((contact) => contact.id));
    const result = applyResult(await call('exchange.importCard', { cardJson }));
    setAdding(false);
    if (result.ok) {
      onAdded(result.value.contacts.find((contact) => !known.has(contact.id)) ?? null);
      return;
    }
    // Whatever is wrong with a card is wrong with the file chosen, so every problem points there.
    if (result.error.code !== 'LOCKED') {
      const problems = result.error.problems ?? [];
      setErrors(problems.length === 0 ? [{ field: CARD_FIELD, message: result.error.message }] : problems.map((problem) => ({ field: CARD_FIELD, message: problem.message })));
    }
  };

  const error = errorFor(errors, CARD_FIELD);
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="govuk-!-margin-bottom-8" data-testid="add-contact-form">
      <FormHeading level={2}>Add a contact</FormHeading>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        Choose the contact card the other organisation exported from its Contacts page and sent you. The contact is added with its fingerprint not yet confirmed: nothing can be
        sent to it, and nothing from it imported, until you have checked its fingerprint with its owner over the phone.
      </p>
      <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
        <label className="govuk-label govuk-label--s" htmlFor={CARD_FIELD}>
          Contact card
        </label>
        <div id={`${CARD_FIELD}-hint`} className="govuk-hint">
          The .json file whose name ends “contact card.json”
        </div>
        {error === undefined ? null : (
          <p id={`${CARD_FIELD}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          className={`govuk-file-upload${error === undefined ? '' : ' govuk-file-upload--error'}`}
          id={CARD_FIELD}
          name={CARD_FIELD}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${CARD_FIELD}-hint${error === undefined ? '' : ` ${CARD_FIELD}-error`}`}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={adding}>
          {adding ? 'Adding…' : 'Add the contact'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
