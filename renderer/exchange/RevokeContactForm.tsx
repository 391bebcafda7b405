/**
 * Revoking a contact: why (kept with the contact and in the audit trail), then a second yes,
 * since it cannot be undone here — bundles from it are refused from then on, and none can go to it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ContactsView, ContactView } from '../../shared/exchange/contacts.ts';
import type { Result } from '../../shared/errors.ts';
import { problemsFromIssues } from '../../shared/errors.ts';
import { EXCHANGE_CALLS } from '../../shared/ipc/exchange-calls.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { TextArea } from '../components/form/TextArea.tsx';
import { useApi } from '../session/api-context.tsx';
import { describeInstall } from './contacts-editing.ts';

const FIELD = 'reason';
const revokeInput = EXCHANGE_CALLS['exchange.revokeContact'].input;

export interface RevokeContactFormProps {
  readonly contact: ContactView;
  readonly applyResult: (result: Result<ContactsView>) => Result<ContactsView>;
  readonly onRevoked: () => void;
  readonly onCancel: () => void;
}

export function RevokeContactForm({ contact, applyResult, onRevoked, onCancel }: RevokeContactFormProps) {
  const call = useApi();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [checking, setChecking] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const name = describeInstall(contact);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = revokeInput.safeParse({ id: contact.id, reason });
    if (!checked.success) {
      setErrors(problemsFromIssues(checked.error.issues).map((problem) => ({ field: FIELD, message: problem.message })));
      return;
    }
    setErrors([]);
    setChecking(true);
  };

  const revoke = async () => {
    if (revoking) return;
    setRevoking(true);
    const result = applyResult(await call('exchange.revokeContact', { id: contact.id, reason: reason.trim() }));
    setRevoking(false);
    if (result.ok) onRevoked();
    else if (result.error.code !== 'LOCKED') {
      setChecking(false);
      setErrors([{ field: FIELD, message: result.error.message }]);
    }
  };

  if (checking) return <CheckBeforeRevoking name={name} revoking={revoking} onConfirm={() => void revoke()} onCancel={() => setChecking(false)} />;

  return (
    <form noValidate onSubmit={submit} className="govuk-!-margin-bottom-8" data-testid="revoke-contact-form">
      <FormHeading level={2}>{`Revoke ${name}`}</FormHeading>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        Revoke a contact whose install was lost, stolen or replaced, or whose card you no longer trust. Bundles from it will be refused from then on, and nothing more can be
        sent to it.
      </p>
      <TextArea
        id={FIELD}
        label="Why is it revoked?"
        hint="For example “The laptop was reported stolen on 3 March; the agency is setting up a new install”"
        value={reason}
        onChange={setReason}
        error={errorFor(errors, FIELD)}
        rows={3}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--warning">
          Continue
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function CheckBeforeRevoking({ name, revoking, onConfirm, onCancel }: { name: string; revoking: boolean; onConfirm: () => void; onCancel: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="check-revoke-title" tabIndex={-1} ref={box} data-testid="check-revoke">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="check-revoke-title">
          Check before revoking
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{`Are you sure you want to revoke ${name}?`}</p>
        <p className="govuk-body">
          This cannot be undone. To work with that organisation again, ask for the contact card of a new install of theirs, add it and confirm its fingerprint.
        </p>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--warning" onClick={onConfirm} aria-disabled={revoking}>
            {revoking ? 'Revoking…' : 'Yes, revoke it'}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            No, keep it
          </button>
        </div>
      </div>
    </div>
  );
}
