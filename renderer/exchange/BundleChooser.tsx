/**
 * Choosing the bundle file to import: in the desktop app, main's own dialog (the page never
 * holds a path or a byte); in the preview, a GOV.UK file input.
 */
import { useState } from 'react';
import { BUNDLE_EXTENSION } from '../../shared/exchange/bundle.ts';
import { canPickNatively, pickFiles } from '../api/transfer.ts';
import { formatSize } from '../case/documents/format-size.ts';
import type { ChosenBundle } from './use-bundle-upload.ts';

export const BUNDLE_FIELD = 'bundle';
const HINT = `A ${BUNDLE_EXTENSION} file another organisation sent you, saved from their e-mail or secure transfer`;

export interface BundleChooserProps {
  readonly chosen: ChosenBundle | null;
  readonly onChosen: (chosen: ChosenBundle | null) => void;
  readonly onProblem: (message: string) => void;
  readonly error: string | undefined;
}

export function BundleChooser({ chosen, onChosen, onProblem, error }: BundleChooserProps) {
  const native = canPickNatively();
  const describedBy = `${BUNDLE_FIELD}-hint${error === undefined ? '' : ` ${BUNDLE_FIELD}-error`}`;
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <label className="govuk-label govuk-label--s" htmlFor={BUNDLE_FIELD}>
        Bundle file
      </label>
      <div id={`${BUNDLE_FIELD}-hint`} className="govuk-hint">
        {HINT}
      </div>
      {error === undefined ? null : (
        <p id={`${BUNDLE_FIELD}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {native ? (
        <NativePick chosen={chosen} onChosen={onChosen} onProblem={onProblem} describedBy={describedBy} />
      ) : (
        <input
          className={`govuk-file-upload${error === undefined ? '' : ' govuk-file-upload--error'}`}
          id={BUNDLE_FIELD}
          name={BUNDLE_FIELD}
          type="file"
          accept={BUNDLE_EXTENSION}
          aria-describedby={describedBy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            onChosen(file === undefined ? null : { name: file.name, size: file.size, file, pickId: null });
          }}
        />
      )}
    </div>
  );
}

function NativePick({ chosen, onChosen, onProblem, describedBy }: Omit<BundleChooserProps, 'error'> & { readonly describedBy: string }) {
  const [picking, setPicking] = useState(false);
  const pick = async () => {
    if (picking) return;
    setPicking(true);
    const picked = await pickFiles('files');
    setPicking(false);
    if (!picked.ok) {
      if (picked.error.code !== 'LOCKED') onProblem(picked.error.message);
      return;
    }
    // Closing the dialog without choosing keeps what was chosen before.
    if (picked.value === null) return;
    const [only, ...others] = picked.value.files;
    if (only === undefined || others.length > 0) {
      onProblem('Choose one bundle file at a time.');
      return;
    }
    onChosen({ name: only.path, size: only.size, file: null, pickId: picked.value.pickId });
  };
  return (
    <>
      <button type="button" id={BUNDLE_FIELD} className="govuk-button govuk-button--secondary" aria-describedby={describedBy} aria-disabled={picking} onClick={() => void pick()}>
        {chosen === null ? 'Choose the bundle file' : 'Choose a different file'}
      </button>
      {chosen === null ? null : <p className="govuk-body">{`Chosen: ${chosen.name} (${formatSize(chosen.size)})`}</p>}
    </>
  );
}
