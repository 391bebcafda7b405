/**
 * Choosing the files an answer carries: in the browser preview a GOV.UK file input; in the
 * desktop app main's own dialog, which answers with names and sizes only. What was chosen is
 * listed under it, so the person can check before anything is sent.
 */
import { useState, type ReactNode } from 'react';
import { canPickNatively, pickFiles } from '../api/transfer.ts';
import { formatSize } from '../case/documents/format-size.ts';
import { describedBy } from '../components/FieldLabelling.tsx';
import { choiceFromInput, choiceFromPick, type FileChoice } from './file-choice.ts';

export interface FileChooserProps {
  readonly id: string;
  readonly label: string;
  readonly hint: ReactNode;
  readonly error: string | undefined;
  readonly multiple: boolean;
  /** File types the browser's chooser offers first, e.g. ".xlsx". */
  readonly accept?: string;
  readonly choice: FileChoice | null;
  readonly onChoice: (choice: FileChoice | null) => void;
  /** Main could not open its dialog: the message goes beside the field. */
  readonly onPickError: (message: string) => void;
}

export function FileChooser({ id, label, hint, error, multiple, accept, choice, onChoice, onPickError }: FileChooserProps) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        {hint}
      </div>
      {error === undefined ? null : (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {canPickNatively() ? (
        <NativeChooser id={id} label={label} hint={hint} error={error} multiple={multiple} onChoice={onChoice} onPickError={onPickError} />
      ) : (
        <input
          className={`govuk-file-upload${error === undefined ? '' : ' govuk-file-upload--error'}`}
          id={id}
          name={id}
          type="file"
          multiple={multiple}
          accept={accept}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChoice(choiceFromInput(event.target.files))}
        />
      )}
      {choice === null || choice.files.length === 0 ? null : <ChosenList choice={choice} testId={`${id}-chosen`} />}
    </div>
  );
}

function NativeChooser({ id, label, hint, error, multiple, onChoice, onPickError }: Omit<FileChooserProps, 'choice' | 'accept'>) {
  const [picking, setPicking] = useState(false);
  const pick = async () => {
    if (picking) return;
    setPicking(true);
    const picked = await pickFiles('files');
    setPicking(false);
    if (!picked.ok) {
      if (picked.error.code !== 'LOCKED') onPickError(picked.error.message);
      return;
    }
    // Closing the dialog without choosing keeps what was chosen before.
    if (picked.value === null) return;
    const choice = choiceFromPick(picked.value);
    if (!multiple && choice !== null && choice.files.length > 1) {
      onPickError(`Choose one file for “${label}”.`);
      return;
    }
    onChoice(choice);
  };
  return (
    <button type="button" id={id} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" aria-disabled={picking} aria-describedby={describedBy(id, hint, error)} onClick={() => void pick()}>
      {multiple ? 'Choose files' : 'Choose the file'}
    </button>
  );
}

function ChosenList({ choice, testId }: { readonly choice: FileChoice; readonly testId: string }) {
  return (
    <ul className="govuk-list govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0" data-testid={testId}>
      {choice.files.map((file) => (
        <li key={file.name}>{`Chosen: ${file.name} (${formatSize(file.size)})`}</li>
      ))}
    </ul>
  );
}
