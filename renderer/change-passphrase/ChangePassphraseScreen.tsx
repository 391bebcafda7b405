import { useState, type FormEvent } from 'react';
import type { AppStatus } from '../../shared/ipc/contract.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { PassphraseField } from '../components/PassphraseField.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useApi } from '../session/api-context.tsx';
import {
  checkChangePassphraseAnswers,
  CONFIRM_FIELD,
  CURRENT_FIELD,
  fieldForChangePassphraseRefusal,
  NEW_FIELD,
} from './check-change-passphrase-answers.ts';
import { useMinimumPassphraseLength } from '../policy/use-minimum-passphrase-length.ts';

export interface ChangePassphraseScreenProps {
  readonly onChanged: (status: AppStatus) => void;
}

/**
 * Shown straight after signing in with a passphrase an administrator set (for a new user, or
 * after a reset): the person must choose their own before they can do anything else.
 */
export function ChangePassphraseScreen({ onChanged }: ChangePassphraseScreenProps) {
  const call = useApi();
  const [currentPassphrase, setCurrentPassphrase] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [confirmPassphrase, setConfirmPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const minimumLength = useMinimumPassphraseLength();
  useDocumentTitle('Choose a new passphrase', errors.length > 0);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems = checkChangePassphraseAnswers({ currentPassphrase, newPassphrase, confirmPassphrase }, minimumLength);
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    const result = await call('session.changePassphrase', { currentPassphrase, newPassphrase, confirmPassphrase });
    setBusy(false);
    if (result.ok) {
      onChanged(result.value);
      return;
    }
    // A locked session is handled for every screen at once: the app moves to the locked screen.
    if (result.error.code === 'LOCKED') return;
    const field = fieldForChangePassphraseRefusal(result.error.code, result.error.message);
    // A wrong passphrase is typed again from scratch, as on the sign-in page.
    if (field === CURRENT_FIELD) setCurrentPassphrase('');
    setErrors([field === undefined ? { message: result.error.message } : { field, message: result.error.message }]);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <PageHeading>Choose a new passphrase</PageHeading>
        <p className="govuk-body">
          An administrator set the passphrase you signed in with. Before you carry on, choose a new passphrase of your own that only you know.
        </p>
        <p className="govuk-body">You will use it each time you sign in. Do not use a passphrase you use for anything else.</p>
        <form noValidate onSubmit={submit}>
          <PassphraseField
            id={CURRENT_FIELD}
            label="Current passphrase"
            hint="The passphrase you signed in with."
            autoComplete="current-password"
            value={currentPassphrase}
            onChange={setCurrentPassphrase}
            error={errorFor(errors, CURRENT_FIELD)}
          />
          <PassphraseField
            id={NEW_FIELD}
            label="New passphrase"
            hint={`At least ${minimumLength} characters, for example three random words.`}
            autoComplete="new-password"
            value={newPassphrase}
            onChange={setNewPassphrase}
            error={errorFor(errors, NEW_FIELD)}
          />
          <PassphraseField
            id={CONFIRM_FIELD}
            label="Confirm new passphrase"
            autoComplete="new-password"
            value={confirmPassphrase}
            onChange={setConfirmPassphrase}
            error={errorFor(errors, CONFIRM_FIELD)}
          />
          <button type="submit" className="govuk-button" aria-disabled={busy}>
            Change passphrase
          </button>
          <p className="govuk-body prm-status" role="status">
            {busy ? 'Changing your passphrase. This takes a few seconds.' : ''}
          </p>
        </form>
      </div>
    </div>
  );
}
