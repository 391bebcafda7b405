/**
 * Attaching a file of evidence of impact to an action: it is read here, then kept in the case's
 * documents area (never an agency's secured set, which the Business Unit cannot open) and linked
 * to the action. Reading and storing a large file takes a while, so each step is said as it goes.
 */
import { useState } from 'react';
import type { ActionPlanView, ActionView } from '../../shared/actions/action-plan.ts';
import type { ErrorValue, Result } from '../../shared/errors.ts';
import { MAX_DOCUMENT_BYTES } from '../../shared/ipc/case-calls.ts';
import { readAsBase64 } from '../case/documents/file-content.ts';
import { RecordForm } from '../case/stages/RecordForm.tsx';
import { describedBy } from '../components/FieldLabelling.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { useApi } from '../session/api-context.tsx';
// The progress bar drawn as the secured files' transfers draw theirs.
import '../vault/transfer-progress.css';

const FILE_FIELD = 'evidence-file';
const FILE_HINT = 'Any kind of file, up to 50 MB: an audit report, a revised procedure, training feedback. It is kept with the case’s documents.';

/** Main names the file by what it sent ("name", "contentBase64"); on this form both are the file box. */
function evidenceErrorsFrom(error: ErrorValue): FieldError[] {
  const problems = error.problems ?? [];
  if (problems.length === 0) return [{ field: FILE_FIELD, message: error.message }];
  return problems.map((problem) => ({ field: FILE_FIELD, message: problem.message }));
}

export interface EvidenceFileFormProps {
  readonly view: ActionPlanView;
  readonly action: ActionView;
  /** "Action 1.2". */
  readonly name: string;
  readonly applyResult: (result: Result<ActionPlanView>) => Result<ActionPlanView>;
  readonly onSaved: (heading: string) => void;
  readonly onCancel: () => void;
}

export function EvidenceFileForm({ view, action, name, applyResult, onSaved, onCancel }: EvidenceFileFormProps) {
  const call = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [progress, setProgress] = useState('');

  const submit = async () => {
    if (progress !== '') return;
    if (file === null) return setErrors([{ field: FILE_FIELD, message: 'Choose a file' }]);
    if (file.size === 0) return setErrors([{ field: FILE_FIELD, message: `${file.name} is empty: choose a file with the evidence in it` }]);
    // Refused here, before anything is read: a file this size cannot travel in one call.
    if (file.size > MAX_DOCUMENT_BYTES) return setErrors([{ field: FILE_FIELD, message: 'The selected file must be 50 MB or smaller' }]);
    setErrors([]);
    setProgress(`Reading ${file.name}…`);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      setProgress('');
      return setErrors([{ field: FILE_FIELD, message: `${file.name} could not be read. Check it is not open in another program, and choose it again` }]);
    }
    setProgress(`Adding ${file.name} to the case’s documents…`);
    const result = applyResult(await call('actionPlan.attachEvidence', { reference: view.reference, id: action.id, name: file.name, mediaType: file.type === '' ? 'application/octet-stream' : file.type, contentBase64 }));
    setProgress('');
    if (result.ok) onSaved(`${file.name} has been attached to ${name.toLowerCase()}`);
    else if (result.error.code !== 'LOCKED') setErrors(evidenceErrorsFrom(result.error));
  };

  const fileError = errorFor(errors, FILE_FIELD);
  return (
    <RecordForm
      title={`Attach evidence to ${name.toLowerCase()}`}
      errors={errors}
      saving={progress !== ''}
      submitLabel="Attach the file"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="evidence-file-form"
    >
      <div className={`govuk-form-group${fileError === undefined ? '' : ' govuk-form-group--error'}`}>
        <label className="govuk-label govuk-label--s" htmlFor={FILE_FIELD}>
          File of evidence of impact
        </label>
        <div id={`${FILE_FIELD}-hint`} className="govuk-hint">
          {FILE_HINT}
        </div>
        {fileError === undefined ? null : (
          <p id={`${FILE_FIELD}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {fileError}
          </p>
        )}
        <input
          className={`govuk-file-upload${fileError === undefined ? '' : ' govuk-file-upload--error'}`}
          id={FILE_FIELD}
          name={FILE_FIELD}
          type="file"
          aria-describedby={describedBy(FILE_FIELD, FILE_HINT, fileError)}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      {progress === '' ? null : (
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="evidence-progress">
            Attaching the file
          </label>
          {/* No value: one call carries the whole file, so there is no part-way amount to claim. */}
          <progress id="evidence-progress" className="prm-progress__bar" />
        </div>
      )}
      <p className="govuk-body prm-status" role="status" data-testid="evidence-progress-status">
        {progress}
      </p>
    </RecordForm>
  );
}
