/**
 * Step 3: who the new administrator is and the passphrase they choose, typed twice. Sending it
 * makes the account and signs them in; a refusal about the code (it was replaced meanwhile)
 * goes back to the code's step, named there.
 */
import { useState, type FormEvent } from 'react';
import { checkPersonName } from '../components/check-person-name.ts';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { PassphraseField } from '../components/PassphraseField.tsx';
import { TextField } from '../components/TextField.tsx';
import { useMinimumPassphraseLength } from '../policy/use-minimum-passphrase-length.ts';
import { useApi } from '../session/api-context.tsx';
import { checkNewPassphrase, fieldForPassphraseRefusal } from '../users/check-new-passphrase.ts';
import { RecoveryStep } from './RecoverySteps.tsx';

const FIELDS = { name: 'name', passphrase: 'passphrase', confirm: 'confirm-passphrase' } as const;

export interface NewAdministratorStepProps {
  readonly recoveryCode: string;
  readonly onRecovered: (name: string) => void;
  /** The code was refused after all: back to its step with main's message. */
  readonly onWrongCode: (message: string) => void;
  readonly onBack: () => void;
}

export function NewAdministratorStep({ recoveryCode, onRecovered, onWrongCode, onBack }: NewAdministratorStepProps) {
  const call = useApi();
  const minimum = useMinimumPassphraseLength();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const nameProblem = checkPersonName(name, FIELDS.name);
    const problems = [...(nameProblem === null ? [] : [nameProblem]), ...checkNewPassphrase({ passphrase, confirm }, FIELDS, minimum, 'The passphrase')];
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    const result = await call('recovery.recover', { recoveryCode, name: name.trim(), passphrase, confirmPassphrase: confirm });
    setBusy(false);
    if (result.ok) {
      onRecovered(result.value.name);
      return;
    }
    const { code, message, problems: refused = [] } = result.error;
    if (code === 'WRONG_RECOVERY_CODE') {
      onWrongCode(message);
      return;
    }
    const field = code === 'CONFLICT' ? FIELDS.name : fieldForPassphraseRefusal(code, refused.map((problem) => problem.path), FIELDS);
    setErrors([field === undefined ? { message } : { field, message }]);
  };

  return (
    <RecoveryStep step={3} heading="Make the new administrator" onBack={onBack} errors={errors}>
      <p className="govuk-body">The recovery code opens this store. Now say who the new administrator is. They will sign in with this name and passphrase from now on.</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={FIELDS.name}
          label="Full name of the new administrator"
          hint="It must not be the name of someone who already has an account."
          autoComplete="name"
          value={name}
          onChange={setName}
          error={errorFor(errors, FIELDS.name)}
        />
        <PassphraseField
          id={FIELDS.passphrase}
          label="Create a passphrase"
          hint={`At least ${minimum} characters, for example three random words.`}
          autoComplete="new-password"
          value={passphrase}
          onChange={setPassphrase}
          error={errorFor(errors, FIELDS.passphrase)}
        />
        <PassphraseField id={FIELDS.confirm} label="Confirm the passphrase" autoComplete="new-password" value={confirm} onChange={setConfirm} error={errorFor(errors, FIELDS.confirm)} />
        <button type="submit" className="govuk-button" aria-disabled={busy}>
          Make the administrator and sign in
        </button>
        <p className="govuk-body prm-status" role="status">
          {busy ? 'Making the new administrator. This takes a few seconds.' : ''}
        </p>
      </form>
    </RecoveryStep>
  );
}
