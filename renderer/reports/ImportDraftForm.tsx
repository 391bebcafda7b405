/**
 * Importing a draft written in Word into the report's sections, as a new version. Main keeps
 * headings, paragraphs, lists and tables, drops comments (they often carry names) with a warning,
 * never carries over the file's own properties, and refuses a file with unresolved tracked
 * changes, naming where they are.
 */
import { useState, type FormEvent } from 'react';
import type { ErrorValue } from '../../shared/errors.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { describedBy } from '../components/FieldLabelling.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { TextArea } from '../components/form/TextArea.tsx';
import { readAsBase64 } from '../case/documents/file-content.ts';
import { useApi } from '../session/api-context.tsx';

const FILE_ID = 'import-file';
const REASON_ID = 'import-reason';
const MOST_BYTES = 50 * 1024 * 1024;
const FILE_HINT = 'A Word document (.docx) whose headings name the report’s sections, up to 50 MB. Accept or reject every tracked change in Word first.';

/** Main names the file by what it sent ("fileName", "contentBase64"); on this form both are the file box. */
export function importErrorsFrom(error: ErrorValue): FieldError[] {
  const problems = error.problems ?? [];
  if (problems.length === 0) return [{ field: FILE_ID, message: error.message }];
  return problems.map((problem) => ({ field: problem.path === 'reason' ? REASON_ID : FILE_ID, message: problem.message }));
}

export interface ImportDraftFormProps {
  readonly view: ReportsView;
  readonly replaceView: (view: ReportsView) => void;
  readonly onImported: (version: number | null, fileName: string, warnings: readonly string[]) => void;
}

export function ImportDraftForm({ view, replaceView, onImported }: ImportDraftFormProps) {
  const call = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [progress, setProgress] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (progress !== '') return;
    const found: FieldError[] = [];
    if (file === null) found.push({ field: FILE_ID, message: 'Choose the Word draft to import' });
    else if (!/\.docx$/i.test(file.name)) found.push({ field: FILE_ID, message: 'The selected file must be a Word document (.docx)' });
    else if (file.size > MOST_BYTES) found.push({ field: FILE_ID, message: 'The selected file must be 50 MB or smaller' });
    if (reason.trim().length < 3) found.push({ field: REASON_ID, message: 'Say why you are importing this draft, for example “the lead reviewer’s second draft”' });
    setErrors(found);
    if (found.length > 0 || file === null) return;

    setProgress(`Reading ${file.name}…`);
    let content: string;
    try {
      content = await readAsBase64(file);
    } catch {
      setProgress('');
      setErrors([{ field: FILE_ID, message: `${file.name} could not be read. Check it is not open in Word, and choose it again` }]);
      return;
    }
    setProgress(`Importing ${file.name} into the report…`);
    const result = await call('reports.importDocx', { reference: view.reference, fileName: file.name, contentBase64: content, reason });
    setProgress('');
    if (result.ok) {
      replaceView(result.value.view);
      onImported(result.value.view.version, file.name, result.value.warnings);
    } else if (result.error.code !== 'LOCKED') setErrors(importErrorsFrom(result.error));
  };

  const fileError = errorFor(errors, FILE_ID);
  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="import-draft-form">
      <ErrorSummary errors={errors} />
      <div className="govuk-inset-text">The draft replaces what the report’s sections hold now, as a new version. Changes above that are not saved yet are lost; earlier versions are kept.</div>
      <div className={`govuk-form-group${fileError === undefined ? '' : ' govuk-form-group--error'}`}>
        <label className="govuk-label govuk-label--s" htmlFor={FILE_ID}>
          Choose the Word draft
        </label>
        <div id={`${FILE_ID}-hint`} className="govuk-hint">
          {FILE_HINT}
        </div>
        {fileError === undefined ? null : (
          <p id={`${FILE_ID}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {fileError}
          </p>
        )}
        <input
          className={`govuk-file-upload${fileError === undefined ? '' : ' govuk-file-upload--error'}`}
          id={FILE_ID}
          name={FILE_ID}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={describedBy(FILE_ID, FILE_HINT, fileError)}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TextArea id={REASON_ID} label="Why are you importing this draft?" hint="Kept with the new version" value={reason} onChange={setReason} error={errorFor(errors, REASON_ID)} rows={2} />
      <p className="govuk-body prm-status" role="status">
        {progress}
      </p>
      <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={progress !== ''}>
        Import the draft
      </button>
    </form>
  );
}
