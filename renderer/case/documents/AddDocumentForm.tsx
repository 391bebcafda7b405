import { useRef, useState, type FormEvent } from 'react';
import { MAX_DOCUMENT_BYTES, type CaseView } from '../../../shared/ipc/case-calls.ts';
import type { ErrorValue } from '../../../shared/errors.ts';
import { describedBy } from '../../components/FieldLabelling.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../../components/field-errors.ts';
import { TextArea } from '../../components/form/TextArea.tsx';
import { useApi } from '../../session/api-context.tsx';
import { FormHeading } from '../components/FormHeading.tsx';
import { readAsBase64 } from './file-content.ts';

const FILE_HINT = 'Any kind of file, up to 50 MB: the referral form as received, minutes, terms of reference, signed declarations, letters to and from the National Panel';

/** Main names the file by what it sent ("name", "contentBase64"); on this form both are the file box. */
export function documentErrorsFrom(error: ErrorValue): FieldError[] {
  const problems = error.problems ?? [];
  if (problems.length === 0) return [{ field: 'file', message: error.message }];
  return problems.map((problem) => ({ field: problem.path === 'note' ? 'note' : 'file', message: problem.message }));
}

export interface AddDocumentFormProps {
  readonly reference: string;
  readonly onAdded: (view: CaseView, name: string) => void;
  readonly onCancel: () => void;
}

/** Adding one document to the case's encrypted store, with a note saying what it is. */
export function AddDocumentForm({ reference, onAdded, onCancel }: AddDocumentFormProps) {
  const call = useApi();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [progress, setProgress] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (progress !== '') return;
    if (file === null) {
      setErrors([{ field: 'file', message: 'Choose a file' }]);
      return;
    }
    // Refused here, before anything is read: a file this size cannot travel in one call.
    if (file.size > MAX_DOCUMENT_BYTES) {
      setErrors([{ field: 'file', message: 'The selected file must be 50 MB or smaller' }]);
      return;
    }
    setErrors([]);
    setProgress(`Reading ${file.name}…`);
    let content: string;
    try {
      content = await readAsBase64(file);
    } catch {
      setProgress('');
      setErrors([{ field: 'file', message: `${file.name} could not be read. Check it is not open in another program, and choose it again` }]);
      return;
    }
    setProgress(`Adding ${file.name} to the case’s encrypted store…`);
    const result = await call('documents.add', { reference, name: file.name, mediaType: file.type === '' ? 'application/octet-stream' : file.type, note, contentBase64: content });
    setProgress('');
    if (result.ok) onAdded(result.value, file.name);
    else if (result.error.code !== 'LOCKED') setErrors(documentErrorsFrom(result.error));
  };

  const fileError = errorFor(errors, 'file');
  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="add-document-form">
      <FormHeading>Add a document</FormHeading>
      <ErrorSummary errors={errors} />
      <div className={`govuk-form-group${fileError === undefined ? '' : ' govuk-form-group--error'}`}>
        <label className="govuk-label govuk-label--s" htmlFor="file">
          Choose the file
        </label>
        <div id="file-hint" className="govuk-hint">
          {FILE_HINT}
        </div>
        {fileError === undefined ? null : (
          <p id="file-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {fileError}
          </p>
        )}
        <input
          className={`govuk-file-upload${fileError === undefined ? '' : ' govuk-file-upload--error'}`}
          id="file"
          name="file"
          type="file"
          ref={fileInput}
          aria-describedby={describedBy('file', FILE_HINT, fileError)}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TextArea id="note" label="Note (optional)" hint="What the document is, for example “Minutes of the rapid review meeting, 3 March”" value={note} onChange={setNote} error={errorFor(errors, 'note')} rows={2} />
      <p className="govuk-body prm-status" role="status" data-testid="document-progress">
        {progress}
      </p>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={progress !== ''}>
          Add the document
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
