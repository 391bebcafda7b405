import { useState, type FormEvent } from 'react';
import type { AppStatus } from '../../shared/ipc/contract.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { PassphraseField } from '../components/PassphraseField.tsx';
import { SuccessBanner } from '../components/SuccessBanner.tsx';
import { TextField } from '../components/TextField.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useApi } from '../session/api-context.tsx';
import { describeIdleTime } from '../session/describe-idle-time.ts';
import type { UnlockReason } from '../session/screen.ts';
import { checkUnlockAnswers, fieldForUnlockRefusal } from './check-unlock-answers.ts';

export interface UnlockScreenProps {
  readonly reason: UnlockReason;
  readonly initialName: string;
  readonly idleLockSeconds: number;
  readonly recoveryCodeHidden: boolean;
  readonly onUnlocked: (status: AppStatus) => void;
  /** Moves to the guided recovery with the recovery code, for when every passphrase is lost. */
  readonly onUseRecoveryCode: () => void;
}

export function UnlockScreen({ reason, initialName, idleLockSeconds, recoveryCodeHidden, onUnlocked, onUseRecoveryCode }: UnlockScreenProps) {
  const call = useApi();
  const [name, setName] = useState(initialName);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = reason === 'idle' ? 'Your session has locked' : 'Sign in';
  useDocumentTitle(heading, errors.length > 0);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems = checkUnlockAnswers(name, passphrase);
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    const result = await call('session.unlock', { name: name.trim(), passphrase });
    setBusy(false);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    const field = fieldForUnlockRefusal(result.error.code);
    // A wrong passphrase is typed again from scratch, as on any sign-in page.
    if (field === 'passphrase') setPassphrase('');
    setErrors([field === undefined ? { message: result.error.message } : { field, message: result.error.message }]);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {reason === 'signed-out' && errors.length === 0 ? (
          <SuccessBanner heading="You have signed out">
            <p className="govuk-body">The store is locked. Its records cannot be read on this computer until someone signs in.</p>
          </SuccessBanner>
        ) : null}
        <PageHeading>{heading}</PageHeading>
        {reason === 'idle' ? (
          <>
            <p className="govuk-body">
              Practice Review Manager locked itself because there was no activity for {describeIdleTime(idleLockSeconds)}. This keeps the records safe if a desk is left
              unattended.
            </p>
            <p className="govuk-body">Nothing has been lost. Sign in again to carry on.</p>
            {recoveryCodeHidden ? (
              <div className="govuk-inset-text">The recovery code is no longer shown. If you did not write it down, an administrator can make a new one.</div>
            ) : null}
          </>
        ) : (
          <p className="govuk-body">Enter your name and passphrase to open the partnership’s review records.</p>
        )}
        <form noValidate onSubmit={submit}>
          <TextField id="name" label="Your full name" autoComplete="username" value={name} onChange={setName} error={errorFor(errors, 'name')} />
          <PassphraseField id="passphrase" label="Passphrase" autoComplete="current-password" value={passphrase} onChange={setPassphrase} error={errorFor(errors, 'passphrase')} />
          <button type="submit" className="govuk-button" aria-disabled={busy}>
            Sign in
          </button>
          <p className="govuk-body prm-status" role="status">
            {busy ? 'Checking your passphrase.' : ''}
          </p>
        </form>
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">If you have forgotten your passphrase</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">
              Ask an administrator of Practice Review Manager in the Business Unit to reset it: they will give you a new passphrase in person, and you will then choose your own. Nobody can look up your passphrase, because it is not kept anywhere.
            </p>
            <p className="govuk-body">If every administrator has lost their passphrase, an administrator can use the recovery code kept in the partnership’s safe.</p>
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onUseRecoveryCode} data-testid="use-recovery-code">
              Use the recovery code
            </button>
          </div>
        </details>
      </div>
    </div>
  );
}
