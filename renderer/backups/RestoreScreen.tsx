/**
 * Restoring the store from a backup before anyone is signed in: this computer's store was lost
 * (a failed disk, a new computer). The backup is checked, copied into the app's store folder,
 * opened with the person's name and passphrase from the backup's store (only an administrator
 * may restore), checked again and recorded; then they are signed in to it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { AppStatus } from '../../shared/ipc/contract.ts';
import { restoreHereInput, restoreJobResult } from '../../shared/ipc/operations-calls.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { JobProgress } from '../components/JobProgress.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PassphraseField } from '../components/PassphraseField.tsx';
import { TextField } from '../components/TextField.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useApi } from '../session/api-context.tsx';
import { FolderField } from './FolderField.tsx';
import { restoreFailure } from './restore-errors.ts';
import { useJobOutcome } from './use-job-outcome.ts';
import { useJobStart } from './use-job-start.ts';
import './backups.css';

export interface RestoreScreenProps {
  /** The folder the store is restored into, as the app is set up to use it. */
  readonly storeFolder: string | null;
  /** Signed in to the restored store. */
  readonly onRestored: (status: AppStatus) => void;
  readonly onCancel: () => void;
}

const FIELDS = { backupFolder: 'backup-folder', name: 'name', passphrase: 'passphrase' } as const;
const onScreen = (errors: FieldError[]) => errors.map((error) => (error.field !== undefined && error.field in FIELDS ? { ...error, field: FIELDS[error.field as keyof typeof FIELDS] } : error));

export function RestoreScreen({ storeFolder, onRestored, onCancel }: RestoreScreenProps) {
  const call = useApi();
  const [backupFolder, setBackupFolder] = useState('');
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { starting, jobId, start } = useJobStart('restore.startHere', restoreHereInput, (problems) => setErrors(onScreen(problems)));
  const outcome = useJobOutcome(jobId, restoreJobResult);
  const running = starting || outcome.state === 'running' || outcome.state === 'finished';
  useDocumentTitle('Restore from a backup', errors.length > 0);

  useEffect(() => {
    if (outcome.state === 'failed') {
      setErrors([restoreFailure(outcome.code, outcome.message, FIELDS)]);
      setPassphrase('');
      return;
    }
    if (outcome.state !== 'finished') return;
    let current = true;
    // Main signed the person in as the restore ended: the app moves on from its status.
    void call('app.status', {}).then((result) => {
      if (!current) return;
      if (result.ok) onRestored(result.value);
      else setErrors([{ message: result.error.message }]);
    });
    return () => {
      current = false;
    };
  }, [outcome, call, onRestored]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    await start({ backupFolder, name, passphrase });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <PageHeading>Restore from a backup</PageHeading>
        <p className="govuk-body">
          Use this when this computer’s store was lost, for example with a failed disk. The backup is checked, copied here and checked again, and the restore is recorded in its audit trail. Then
          you are signed in to it.
        </p>
        <p className="govuk-body">Only an administrator of the backed-up store can restore it, with the name and passphrase they had when the backup was made.</p>
        {storeFolder === null ? null : (
          <div className="govuk-inset-text">
            The store will be restored into <span className="prm-store-folder">{storeFolder}</span>
          </div>
        )}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <FolderField
            id={FIELDS.backupFolder}
            label="Folder that holds the backup"
            hint="Its full path: the folder with backup.json in it, for example on a backup drive or a network share."
            value={backupFolder}
            onChange={setBackupFolder}
            error={errorFor(errors, FIELDS.backupFolder)}
          />
          <TextField id={FIELDS.name} label="Your full name" hint="As you signed in to the store that was backed up." autoComplete="username" value={name} onChange={setName} error={errorFor(errors, FIELDS.name)} />
          <PassphraseField id={FIELDS.passphrase} label="Passphrase" hint="The one you had when the backup was made." autoComplete="current-password" value={passphrase} onChange={setPassphrase} error={errorFor(errors, FIELDS.passphrase)} />
          {running ? <JobProgress id="restore-progress" label="Restoring the store" job={outcome.state === 'running' ? outcome.job : null} /> : null}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" aria-disabled={running}>
              {running ? 'Restoring…' : 'Restore and sign in'}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => (running ? undefined : onCancel())} aria-disabled={running} data-testid="restore-cancel">
              Back to setting up
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
