import { useState, type FormEvent } from 'react';
import type { ChronologyPreview } from '../../../shared/evidence/evidence-view.ts';
import { CHRONOLOGY_LIMITS } from '../../../shared/evidence/chronology.ts';
import { describedBy } from '../../components/FieldLabelling.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../../components/field-errors.ts';
import { useApi } from '../../session/api-context.tsx';
import { FormHeading } from '../../case/components/FormHeading.tsx';
import { readAsBase64 } from '../../case/documents/file-content.ts';
import { FILE_FIELD, importRefusal } from './import-refusal.ts';

const HINT = 'The agency’s completed chronology workbook (.xlsx), or a .csv export of it, up to 50 MB. Nothing is imported until you have checked what was read.';

/** The file as chosen, kept so that what is accepted is exactly what was previewed. */
export interface ChosenFile {
  readonly fileName: string;
  readonly contentBase64: string;
}

export interface ChooseChronologyFileProps {
  readonly reference: string;
  readonly agency: string;
  readonly onPreviewed: (file: ChosenFile, preview: ChronologyPreview) => void;
  readonly onCancel: () => void;
}

/** The first step of an import: choose the agency's returned file, and have main read it without keeping anything. */
export function ChooseChronologyFile({ reference, agency, onPreviewed, onCancel }: ChooseChronologyFileProps) {
  const call = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [reading, setReading] = useState(false);

  const read = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reading) return;
    if (file === null) {
      setErrors([{ field: FILE_FIELD, message: 'Choose the chronology file the agency returned' }]);
      return;
    }
    // Refused here, before anything is read: main would refuse it too, after a long wait.
    if (file.size > CHRONOLOGY_LIMITS.maxFileBytes) {
      setErrors([{ field: FILE_FIELD, message: `${file.name} is larger than 50 MB. Ask the agency to send the chronology on its own, without other sheets or pictures` }]);
      return;
    }
    setErrors([]);
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      setReading(false);
      setErrors([{ field: FILE_FIELD, message: `${file.name} could not be read. Check it is not open in another program, and choose it again` }]);
      return;
    }
    const result = await call('chronology.preview', { reference, agency, fileName: file.name, contentBase64 });
    setReading(false);
    if (result.ok) onPreviewed({ fileName: file.name, contentBase64 }, result.value);
    else if (result.error.code !== 'LOCKED') setErrors(importRefusal(result.error, file.name));
  };

  const fileError = errorFor(errors, FILE_FIELD);
  return (
    <form noValidate onSubmit={(event) => void read(event)} data-testid="import-chronology-form">
      <FormHeading>{`Import a chronology from ${agency}`}</FormHeading>
      <ErrorSummary errors={errors} />
      <div className={`govuk-form-group${fileError === undefined ? '' : ' govuk-form-group--error'}`}>
        <label className="govuk-label govuk-label--s" htmlFor={FILE_FIELD}>
          Choose the returned file
        </label>
        <div id={`${FILE_FIELD}-hint`} className="govuk-hint">
          {HINT}
        </div>
        {errors.length === 0 ? null : (
          <ul id={`${FILE_FIELD}-error`} className="govuk-list govuk-error-message">
            {errors.map((error) => (
              <li key={error.message}>
                <span className="govuk-visually-hidden">Error:</span> {error.message}
              </li>
            ))}
          </ul>
        )}
        <input
          className={`govuk-file-upload${fileError === undefined ? '' : ' govuk-file-upload--error'}`}
          id={FILE_FIELD}
          name={FILE_FIELD}
          type="file"
          accept=".xlsx,.csv"
          aria-describedby={describedBy(FILE_FIELD, HINT, fileError)}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setErrors([]);
          }}
        />
      </div>
      <p className="govuk-body prm-status" role="status" data-testid="import-progress">
        {reading ? 'Reading the file…' : ''}
      </p>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={reading}>
          Read the file
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
