/**
 * Making a backup: a folder, "Back up now", the job's progress, then what was made — the folder,
 * its size, the audit trail it holds and that its copy was checked. A refusal or a failed check
 * shows in the error summary, beside the folder where it is about the folder.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { backupInput, backupJobResult } from '../../shared/ipc/operations-calls.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { JobProgress } from '../components/JobProgress.tsx';
import { eventsInWords, sizeInWords } from './backup-words.ts';
import { FolderField } from './FolderField.tsx';
import { ResultBanner } from './ResultBanner.tsx';
import { useJobOutcome } from './use-job-outcome.ts';
import { useJobStart } from './use-job-start.ts';

const FIELD = 'backup-folder';
const onScreen = (errors: FieldError[]) => errors.map((error) => (error.field === 'folder' ? { ...error, field: FIELD } : error));

export interface MakeBackupProps {
  readonly storeFolder: string;
  /** After a backup is recorded, so the list shows it. */
  readonly onMade: () => void;
}

export function MakeBackup({ storeFolder, onMade }: MakeBackupProps) {
  const [folder, setFolder] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { starting, jobId, start } = useJobStart('backups.start', backupInput, (problems) => setErrors(onScreen(problems)));
  const outcome = useJobOutcome(jobId, backupJobResult);
  const running = starting || outcome.state === 'running';

  // Once for each outcome, whatever else renders meanwhile.
  const made = useRef(onMade);
  useEffect(() => {
    made.current = onMade;
  }, [onMade]);
  useEffect(() => {
    if (outcome.state === 'failed') setErrors([{ field: FIELD, message: outcome.message }]);
    if (outcome.state === 'finished') {
      setFolder('');
      made.current();
    }
  }, [outcome]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    await start({ folder });
  };

  return (
    <section aria-labelledby="make-backup-title" className="govuk-!-margin-bottom-8" data-testid="make-backup">
      <h2 className="govuk-heading-m" id="make-backup-title">
        Back up the store
      </h2>
      {outcome.state === 'finished' ? (
        <ResultBanner heading="The backup was made and verified" kind="success" testId="backup-made-banner">
          <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-0" data-testid="backup-made">
            <Row label="Folder">
              <span className="prm-store-folder">{outcome.result.backup.folder}</span>
            </Row>
            <Row label="Made">{formatTimestamp(outcome.result.backup.createdAt)}</Row>
            <Row label="Size">{sizeInWords(outcome.result.backup.bytes)}</Row>
            <Row label="Audit trail">{`${eventsInWords(outcome.result.backup.events)}, every one checked against the store`}</Row>
          </dl>
        </ResultBanner>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            The backup is an encrypted copy of the store with its key file. It opens only with a passphrase of someone who could sign in when it was made, or with the recovery code. The copy is
            checked after it is written.
          </p>
          <ErrorSummary errors={errors} />
          <form noValidate onSubmit={(event) => void submit(event)}>
            <FolderField
              id={FIELD}
              label="Folder to back up into"
              hint={
                <>
                  A new or empty folder, preferably on another drive or a network share, and not inside the store’s folder (<span className="prm-store-folder">{storeFolder}</span>). Type its
                  full path.
                </>
              }
              value={folder}
              onChange={setFolder}
              error={errorFor(errors, FIELD)}
            />
            {outcome.state === 'running' || starting ? <JobProgress id="backup-progress" label="Backing up the store" job={outcome.state === 'running' ? outcome.job : null} /> : null}
            <button type="submit" className="govuk-button" aria-disabled={running} data-module="govuk-button">
              {running ? 'Backing up…' : 'Back up now'}
            </button>
          </form>
        </div>
      </div>
    </section>
  );
}

function Row({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
