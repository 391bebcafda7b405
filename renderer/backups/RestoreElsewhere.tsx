/**
 * An administrator's restore into another folder: a restore drill, or a copy to open in place of
 * the store. It never touches the store in use. The backup's store is opened as the person signed
 * in, with the passphrase they had when it was made; afterwards they are told how to open it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { restoreElsewhereInput, restoreJobResult } from '../../shared/ipc/operations-calls.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { JobProgress } from '../components/JobProgress.tsx';
import { PassphraseField } from '../components/PassphraseField.tsx';
import { eventsInWords } from './backup-words.ts';
import { FolderField } from './FolderField.tsx';
import { restoreFailure } from './restore-errors.ts';
import { ResultBanner } from './ResultBanner.tsx';
import { useJobOutcome } from './use-job-outcome.ts';
import { useJobStart } from './use-job-start.ts';

const FIELDS = { backupFolder: 'restore-backup-folder', destination: 'restore-destination', passphrase: 'restore-passphrase' } as const;
const onScreen = (errors: FieldError[]) => errors.map((error) => (error.field !== undefined && error.field in FIELDS ? { ...error, field: FIELDS[error.field as keyof typeof FIELDS] } : error));

export function RestoreElsewhere({ user, storeFolder }: { readonly user: SignedInUser; readonly storeFolder: string }) {
  const [backupFolder, setBackupFolder] = useState('');
  const [destination, setDestination] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { starting, jobId, start } = useJobStart('restore.start', restoreElsewhereInput, (problems) => setErrors(onScreen(problems)));
  const outcome = useJobOutcome(jobId, restoreJobResult);
  const running = starting || outcome.state === 'running';

  useEffect(() => {
    if (outcome.state === 'failed') setErrors([restoreFailure(outcome.code, outcome.message, FIELDS)]);
    // The passphrase is not kept once the restore is over, whichever way it went.
    if (outcome.state === 'failed' || outcome.state === 'finished') setPassphrase('');
  }, [outcome]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    await start({ backupFolder, destination, passphrase });
  };

  return (
    <section aria-labelledby="restore-elsewhere-title" data-testid="restore-elsewhere">
      <h2 className="govuk-heading-m" id="restore-elsewhere-title">
        Restore a backup into another folder
      </h2>
      {outcome.state === 'finished' ? (
        <ResultBanner heading="The backup was restored and checked" kind="success" testId="restored-banner">
          <p className="govuk-body" data-testid="restored-where">
            The backup made on {formatTimestamp(outcome.result.backupCreatedAt)} is now a store in <span className="prm-store-folder">{outcome.result.folder}</span>, with its audit trail of{' '}
            {eventsInWords(outcome.result.events)} intact and the restore recorded in it.
          </p>
          <p className="govuk-body">
            The store you are using has not changed. To open the restored one, start Practice Review Manager with <code className="prm-store-folder">--store={outcome.result.folder}</code>, or
            ask IT to set the store folder in the machine policy.
          </p>
        </ResultBanner>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            This checks a backup can be restored, or gives you a copy to open instead of the store. It copies the backup into a new, empty folder, checks it and records the restore there. The store
            you are using is not touched.
          </p>
          <ErrorSummary errors={errors} />
          <form noValidate onSubmit={(event) => void submit(event)}>
            <FolderField id={FIELDS.backupFolder} label="Folder that holds the backup" hint="Its full path: the folder with backup.json in it." value={backupFolder} onChange={setBackupFolder} error={errorFor(errors, FIELDS.backupFolder)} />
            <FolderField
              id={FIELDS.destination}
              label="New folder to restore into"
              hint={
                <>
                  A new or empty folder, not inside the store’s folder (<span className="prm-store-folder">{storeFolder}</span>).
                </>
              }
              value={destination}
              onChange={setDestination}
              error={errorFor(errors, FIELDS.destination)}
            />
            <PassphraseField
              id={FIELDS.passphrase}
              label="Your passphrase when the backup was made"
              hint={`The backup is opened as you, ${user.name}, with the passphrase you had then.`}
              autoComplete="current-password"
              value={passphrase}
              onChange={setPassphrase}
              error={errorFor(errors, FIELDS.passphrase)}
            />
            {running ? <JobProgress id="restore-progress" label="Restoring the backup" job={outcome.state === 'running' ? outcome.job : null} /> : null}
            <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={running}>
              {running ? 'Restoring…' : 'Restore into the new folder'}
            </button>
          </form>
        </div>
      </div>
    </section>
  );
}
