import type { ReactNode } from 'react';
import { describedBy, FieldLabelling } from '../components/FieldLabelling.tsx';

export interface FolderFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/**
 * A folder's full path, typed: the app offers no folder picker in the preview, and IT often pastes
 * a network path. Wide, in a fixed-width font so that a mistyped character can be seen; no spelling
 * check and no autofill.
 */
export function FolderField({ id, label, hint, error, value, onChange }: FolderFieldProps) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <FieldLabelling id={id} label={label} hint={hint} error={error} />
      <input
        className={`govuk-input prm-folder-input${error === undefined ? '' : ' govuk-input--error'}`}
        id={id}
        name={id}
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
