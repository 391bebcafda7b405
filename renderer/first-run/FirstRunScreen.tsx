import { useState, type FormEvent } from 'react';
import type { AppStatus } from '../../shared/ipc/contract.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { PassphraseField } from '../components/PassphraseField.tsx';
import { TextField } from '../components/TextField.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useApi } from '../session/api-context.tsx';
import { useMinimumPassphraseLength } from '../policy/use-minimum-passphrase-length.ts';
import { checkFirstRunAnswers } from './check-first-run-answers.ts';

export interface FirstRunScreenProps {
  readonly storeFolder: string | null;
  readonly onCreated: (recoveryCode: string, status: AppStatus) => void;
  /** Moves to restoring the store from a backup, for a computer whose store was lost. */
  readonly onRestore: () => void;
}

/** Which field a refusal from main is about, so its message can sit beside that field too. */
function fieldForRefusal(code: string, message: string): string | undefined {
  if (code === 'WEAK_PASSPHRASE') return 'passphrase';
  if (code === 'INVALID_INPUT' && message.includes('do not match')) return 'confirm-passphrase';
  if (code === 'INVALID_INPUT' && message.includes('name')) return 'name';
  return undefined;
}

export function FirstRunScreen({ storeFolder, onCreated, onRestore }: FirstRunScreenProps) {
  const call = useApi();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmPassphrase, setConfirmPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const minimumLength = useMinimumPassphraseLength();
  useDocumentTitle('Set up Practice Review Manager', errors.length > 0);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems = checkFirstRunAnswers({ name, passphrase, confirmPassphrase }, minimumLength);
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    const result = await call('store.create', { name: name.trim(), passphrase, confirmPassphrase });
    setBusy(false);
    if (result.ok) {
      onCreated(result.value.recoveryCode, result.value.status);
      return;
    }
    const field = fieldForRefusal(result.error.code, result.error.message);
    setErrors([field === undefined ? { message: result.error.message } : { field, message: result.error.message }]);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <PageHeading>Set up Practice Review Manager</PageHeading>
        <p className="govuk-body">
          There is no store on this computer yet. Setting one up makes an encrypted store for the partnership’s review records, with you as its first administrator.
        </p>
        {storeFolder === null ? null : (
          <div className="govuk-inset-text">
            The store will be kept in <span className="prm-store-folder">{storeFolder}</span>
          </div>
        )}
        <form noValidate onSubmit={submit}>
          <TextField
            id="name"
            label="Your full name"
            hint="You will type this each time you sign in."
            autoComplete="username"
            value={name}
            onChange={setName}
            error={errorFor(errors, 'name')}
          />
          <PassphraseField
            id="passphrase"
            label="Create a passphrase"
            hint={`At least ${minimumLength} characters, for example three random words.`}
            autoComplete="new-password"
            value={passphrase}
            onChange={setPassphrase}
            error={errorFor(errors, 'passphrase')}
          />
          <PassphraseField
            id="confirm-passphrase"
            label="Confirm your passphrase"
            autoComplete="new-password"
            value={confirmPassphrase}
            onChange={setConfirmPassphrase}
            error={errorFor(errors, 'confirm-passphrase')}
          />
          <button type="submit" className="govuk-button" aria-disabled={busy}>
            Set up the store
          </button>
          <p className="govuk-body prm-status" role="status">
            {busy ? 'Setting up the store. This takes a few seconds.' : ''}
          </p>
        </form>
        <h2 className="govuk-heading-m">Restoring a store</h2>
        <p className="govuk-body">If this computer’s store was lost, for example with a failed disk, restore it from a backup instead of setting up a new one.</p>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRestore} data-testid="restore-instead">
          Restore from a backup
        </button>
      </div>
    </div>
  );
}
