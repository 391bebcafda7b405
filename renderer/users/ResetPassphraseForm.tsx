/**
 * Resetting one person's passphrase: what the reset does, what it means for the secured files
 * they hold as a nominated representative, and the temporary passphrase typed twice. It is
 * shown on its own in place of the list, as a page of its own would be.
 */
import { useState, type FormEvent } from 'react';
import type { AccountView, PassphraseResetOutcome } from '../../shared/accounts/accounts.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { PassphraseField } from '../components/PassphraseField.tsx';
import { useMinimumPassphraseLength } from '../policy/use-minimum-passphrase-length.ts';
import { useApi } from '../session/api-context.tsx';
import { checkNewPassphrase, fieldForPassphraseRefusal } from './check-new-passphrase.ts';
import { HoldingsNotice } from './HoldingsNotice.tsx';

const FIELDS = { passphrase: 'temporary-passphrase', confirm: 'confirm-temporary-passphrase' } as const;

export interface ResetPassphraseFormProps {
  readonly account: AccountView;
  readonly onReset: (outcome: PassphraseResetOutcome) => void;
  readonly onCancel: () => void;
}

export function ResetPassphraseForm({ account, onReset, onCancel }: ResetPassphraseFormProps) {
  const call = useApi();
  const minimum = useMinimumPassphraseLength();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const problems = checkNewPassphrase({ passphrase, confirm }, FIELDS, minimum, 'The temporary passphrase');
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    setSaving(true);
    const result = await call('users.resetPassphrase', { name: account.name, temporaryPassphrase: passphrase, confirmPassphrase: confirm });
    setSaving(false);
    if (result.ok) {
      onReset(result.value);
      return;
    }
    if (result.error.code === 'LOCKED') return;
    const field = fieldForPassphraseRefusal(result.error.code, (result.error.problems ?? []).map((problem) => problem.path), FIELDS);
    setErrors([field === undefined ? { message: result.error.message } : { field, message: result.error.message }]);
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="govuk-!-width-two-thirds" data-testid="reset-passphrase-form">
      <FormHeading level={2}>{`Reset ${account.name}’s passphrase`}</FormHeading>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">Do this only for someone who has forgotten their passphrase, once you are sure who they are.</p>
      <h3 className="govuk-heading-s">What the reset does</h3>
      <ul className="govuk-list govuk-list--bullet">
        <li>{`${account.name} gets a new key, opened by the temporary passphrase you choose here. Their old passphrase stops working at once.`}</li>
        <li>Give them the temporary passphrase in person or by telephone, never by email. At their next sign-in they must choose their own before they can do anything else.</li>
        <li>The reset is recorded in the audit trail, with your name.</li>
      </ul>
      <HoldingsNotice name={account.name} holdings={account.holdings} when="before" />
      <PassphraseField
        id={FIELDS.passphrase}
        label="Temporary passphrase"
        hint={`At least ${minimum} characters, for example three random words. Choose one you have not used before.`}
        autoComplete="new-password"
        value={passphrase}
        onChange={setPassphrase}
        error={errorFor(errors, FIELDS.passphrase)}
      />
      <PassphraseField
        id={FIELDS.confirm}
        label="Confirm the temporary passphrase"
        autoComplete="new-password"
        value={confirm}
        onChange={setConfirm}
        error={errorFor(errors, FIELDS.confirm)}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--warning" aria-disabled={saving}>
          {saving ? 'Resetting…' : 'Reset the passphrase'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p className="govuk-body prm-status" role="status">
        {saving ? `Making ${account.name}’s new key. This takes a few seconds.` : ''}
      </p>
    </form>
  );
}
