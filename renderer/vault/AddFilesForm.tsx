/**
 * Adding files to an agency's secured set: one file, several, or a whole folder (its folders
 * kept), with a note; then the files travel one at a time with their progress (IntakeProgress).
 * In the desktop app main opens its own file dialog, so the page never holds a path or a byte;
 * in the browser preview the page's file inputs do.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SecuredSetView } from '../../shared/vault/secured-files.ts';
import { intakeInput } from '../../shared/vault/secured-files.ts';
import { problemsFromIssues } from '../../shared/errors.ts';
import { canPickNatively, pickFiles } from '../api/transfer.ts';
import { formatSize } from '../case/documents/format-size.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { TextArea } from '../components/form/TextArea.tsx';
import { choiceFromInput, choiceFromPick, FILES_FIELD, intakeErrors, totalBytes, type IntakeChoice } from './intake-choice.ts';
import { IntakeProgress, outcomeHeading } from './IntakeProgress.tsx';
import { countIn, useIntake } from './use-intake.ts';

/** How many chosen files are listed by name before the rest are counted. */
const LISTED = 10;

export interface AddFilesFormProps {
  readonly reference: string;
  readonly set: SecuredSetView;
  /** Called once the files have gone (or the person cancelled), so the set's table shows what was kept. */
  readonly onFinished: () => void;
  /** Every file was added: the section closes the form and says so above the set. */
  readonly onAllAdded: (heading: string, body: string) => void;
  readonly onClose: () => void;
}

export function AddFilesForm({ reference, set, onFinished, onAllAdded, onClose }: AddFilesFormProps) {
  const intake = useIntake(onFinished);
  const [choice, setChoice] = useState<IntakeChoice | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [starting, setStarting] = useState(false);
  const run = intake.run;
  const allAdded = run !== null && run.finished && countIn(run, 'placed') === run.files.length;

  useEffect(() => {
    if (run !== null && allAdded) onAllAdded(outcomeHeading(run), `They are encrypted in ${set.agency}’s secured files, each with the SHA-256 fingerprint taken as it arrived.`);
  }, [run, allAdded, onAllAdded, set.agency]);

  if (run !== null) return allAdded ? null : <IntakeProgress agency={set.agency} run={run} onCancel={intake.cancel} onClose={onClose} />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (starting) return;
    if (choice === null) {
      setErrors([{ field: FILES_FIELD, message: 'Choose the files or the folder to add' }]);
      return;
    }
    const files = choice.files.map(({ path, size }) => ({ path, size }));
    const checked = intakeInput.safeParse({ reference, agency: set.agency, note, files });
    if (!checked.success) {
      setErrors(intakeErrors(problemsFromIssues(checked.error.issues), files));
      return;
    }
    setErrors([]);
    setStarting(true);
    const refused = await intake.start({ reference, agency: set.agency, note: checked.data.note, choice });
    setStarting(false);
    if (refused !== null && refused.code !== 'LOCKED') setErrors(refused.problems === undefined || refused.problems.length === 0 ? [{ message: refused.message }] : intakeErrors(refused.problems, files));
  };

  const filesError = errorFor(errors, FILES_FIELD);
  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="add-files-form">
      <FormHeading>{`Add files to ${set.agency}’s secured files`}</FormHeading>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        {`Each file is encrypted as it arrives, so that only ${set.representative}, the agency’s nominated representative, can open it (and the agency, with its recovery code). Any kind of file can be added; a folder keeps its folders.`}
      </p>
      {set.youAreRepresentative ? null : (
        <div className="govuk-inset-text">{`You are adding these files for ${set.agency}. The access log records that you placed them, and you will not be able to open them once they are added.`}</div>
      )}
      <div className={`govuk-form-group${filesError === undefined ? '' : ' govuk-form-group--error'}`}>
        {canPickNatively() ? (
          <NativeChooser error={filesError} onChosen={setChoice} onErrors={setErrors} />
        ) : (
          <BrowserChooser error={filesError} onChosen={setChoice} />
        )}
      </div>
      {choice === null ? null : <ChosenFiles choice={choice} />}
      <TextArea
        id="note"
        label="Note (optional)"
        hint="What the files are, for example “Case records for the family, 2023 to 2025, exported from the case management system”. The note is kept with each file."
        value={note}
        onChange={setNote}
        error={errorFor(errors, 'note')}
        rows={2}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={starting}>
          {starting ? 'Starting…' : 'Add the files'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface ChooserProps {
  readonly error: string | undefined;
  readonly onChosen: (choice: IntakeChoice | null) => void;
}

function ErrorMessage({ error }: { error: string | undefined }) {
  if (error === undefined) return null;
  return (
    <p id={`${FILES_FIELD}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

/** The browser preview: GOV.UK file inputs, one for files and one for a whole folder. */
function BrowserChooser({ error, onChosen }: ChooserProps) {
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  // React knows no `webkitdirectory` prop; every browser the app runs in honours the attribute.
  useEffect(() => folderInput.current?.setAttribute('webkitdirectory', ''), []);
  const describedBy = [`${FILES_FIELD}-hint`, error === undefined ? null : `${FILES_FIELD}-error`].filter((id) => id !== null).join(' ');
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Choose what to add</legend>
      <div id={`${FILES_FIELD}-hint`} className="govuk-hint">
        Choose one or more files, or a whole folder. Choosing again replaces what you chose before.
      </div>
      <ErrorMessage error={error} />
      <div className="govuk-form-group govuk-!-margin-bottom-4">
        <label className="govuk-label" htmlFor={FILES_FIELD}>
          Files
        </label>
        <input
          className={`govuk-file-upload${error === undefined ? '' : ' govuk-file-upload--error'}`}
          id={FILES_FIELD}
          name={FILES_FIELD}
          type="file"
          multiple
          ref={filesInput}
          onChange={(event) => {
            if (folderInput.current !== null) folderInput.current.value = '';
            onChosen(choiceFromInput(event.target.files, 'files'));
          }}
        />
      </div>
      <div className="govuk-form-group govuk-!-margin-bottom-0">
        <label className="govuk-label" htmlFor={`${FILES_FIELD}-folder`}>
          Or a folder, with everything in it
        </label>
        <input
          className="govuk-file-upload"
          id={`${FILES_FIELD}-folder`}
          name={`${FILES_FIELD}-folder`}
          type="file"
          ref={folderInput}
          onChange={(event) => {
            if (filesInput.current !== null) filesInput.current.value = '';
            onChosen(choiceFromInput(event.target.files, 'folder'));
          }}
        />
      </div>
    </fieldset>
  );
}

/** The desktop app: main's own dialogs, which answer with names and sizes only. */
function NativeChooser({ error, onChosen, onErrors }: ChooserProps & { readonly onErrors: (errors: FieldError[]) => void }) {
  const [picking, setPicking] = useState(false);
  const pick = async (kind: 'files' | 'folder') => {
    if (picking) return;
    setPicking(true);
    const picked = await pickFiles(kind);
    setPicking(false);
    if (!picked.ok) {
      if (picked.error.code !== 'LOCKED') onErrors([{ field: FILES_FIELD, message: picked.error.message }]);
      return;
    }
    // Closing the dialog without choosing keeps what was chosen before.
    if (picked.value !== null) onChosen(choiceFromPick(picked.value, kind));
  };
  return (
    <fieldset className="govuk-fieldset" aria-describedby={`${FILES_FIELD}-hint${error === undefined ? '' : ` ${FILES_FIELD}-error`}`}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Choose what to add</legend>
      <div id={`${FILES_FIELD}-hint`} className="govuk-hint">
        Choose one or more files, or a whole folder. Choosing again replaces what you chose before.
      </div>
      <ErrorMessage error={error} />
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="button" id={FILES_FIELD} className="govuk-button govuk-button--secondary" aria-disabled={picking} onClick={() => void pick('files')}>
          Choose files
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" aria-disabled={picking} onClick={() => void pick('folder')}>
          Choose a folder
        </button>
      </div>
    </fieldset>
  );
}

function ChosenFiles({ choice }: { choice: IntakeChoice }) {
  const count = choice.files.length;
  const listed = choice.files.slice(0, LISTED);
  return (
    <div className="govuk-inset-text" data-testid="chosen-files">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{`${count === 1 ? '1 file' : `${count.toLocaleString('en-GB')} files`} chosen, ${formatSize(totalBytes(choice.files))} in all`}</p>
      <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
        {listed.map((file) => (
          <li key={file.path}>{`${file.path} (${formatSize(file.size)})`}</li>
        ))}
        {count > LISTED ? <li>{`and ${(count - LISTED).toLocaleString('en-GB')} more`}</li> : null}
      </ul>
    </div>
  );
}
