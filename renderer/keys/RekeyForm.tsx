/**
 * Changing the store's keys: what a rekey does, the choice of a new recovery code, and the
 * rekey's progress while it runs. A failure is named in the error summary.
 */
import { useState, type FormEvent } from 'react';
import { Checkbox } from '../components/form/Checkboxes.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { JobProgress } from '../components/JobProgress.tsx';
import type { RekeyFollow } from './use-rekey.ts';

export interface RekeyFormProps {
  readonly follow: RekeyFollow;
  /** True while the start call is on its way. */
  readonly starting: boolean;
  readonly errors: readonly FieldError[];
  readonly onStart: (newRecoveryCode: boolean) => void;
}

export function RekeyForm({ follow, starting, errors, onStart }: RekeyFormProps) {
  const [newRecoveryCode, setNewRecoveryCode] = useState(false);
  const running = starting || follow.state === 'running';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!running) onStart(newRecoveryCode);
  };

  return (
    <section aria-labelledby="rekey-title" className="govuk-!-width-two-thirds" data-testid="rekey">
      <h2 className="govuk-heading-m" id="rekey-title">
        Change the keys
      </h2>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">Changing the keys makes a new master key for the store and:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>re-encrypts the whole database under it</li>
        <li>seals it to everyone with an active account, and to the recovery key, so they sign in as before with their own passphrases</li>
        <li>leaves out everyone whose account is disabled, so a copy of the key file a leaver kept opens nothing</li>
      </ul>
      <p className="govuk-body">
        Do it after someone leaves, and whenever the store’s keys may have been exposed. The new key is saved as pending before the database changes, so if the computer stops
        half-way the store still opens with one key or the other.
      </p>
      <p className="govuk-body">Backups made before the change still open with the old keys. Make a new backup afterwards.</p>
      <form noValidate onSubmit={submit}>
        <Checkbox
          id="new-recovery-code"
          label="Also make a new recovery code"
          hint="Choose this if the code in the safe may have been seen or lost. The old code stops working, and the new one is shown once, for you to write down."
          checked={newRecoveryCode}
          onChange={setNewRecoveryCode}
        />
        {running ? <JobProgress id="rekey-progress" label="Changing the keys" job={follow.state === 'running' ? follow.job : null} /> : null}
        <button type="submit" className="govuk-button" aria-disabled={running}>
          {running ? 'Changing the keys…' : 'Change the keys'}
        </button>
      </form>
    </section>
  );
}
