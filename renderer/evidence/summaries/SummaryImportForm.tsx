import { useState } from 'react';
import type { ErrorValue } from '../../../shared/errors.ts';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { describedBy } from '../../components/FieldLabelling.tsx';
import type { FieldError } from '../../components/field-errors.ts';
import { readAsBase64 } from '../../case/documents/file-content.ts';
import { RecordForm } from '../../case/stages/RecordForm.tsx';
import { useApi } from '../../session/api-context.tsx';
import type { UseEvidence } from '../use-evidence.ts';

const FILE_FIELD = 'summary-file';
/** The most a returned workbook may be (CHRONOLOGY_LIMITS): refused here before it is read. */
const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;
const FILE_HINT = 'The .xlsx workbook the agency filled in and sent back: its “Agency summary” sheet is read. Up to 50 MB.';

/** Every problem main names is about the file, so each links to the file box. */
function importErrorsFrom(error: ErrorValue): FieldError[] {
  const problems = error.problems ?? [];
  return [{ field: FILE_FIELD, message: error.message }, ...problems.filter((problem) => problem.message !== error.message).map((problem) => ({ field: FILE_FIELD, message: problem.message }))];
}

export interface SummaryImportFormProps {
  readonly view: EvidenceView;
  readonly agency: string;
  /** Whether the agency already has a summary, which the import would replace. */
  readonly replaces: boolean;
  readonly applyResult: UseEvidence['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}

/** Reads the agency's summary from the workbook it returned; all of it or nothing, with every problem listed. */
export function SummaryImportForm({ view, agency, replaces, applyResult, onCancel, onSaved }: SummaryImportFormProps) {
  const call = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [progress, setProgress] = useState('');

  const submit = async () => {
    if (file === null) {
      setErrors([{ field: FILE_FIELD, message: 'Choose the workbook the agency returned' }]);
      return;
    }
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setErrors([{ field: FILE_FIELD, message: `${file.name} is not an .xlsx workbook. Choose the workbook the agency returned, saved as .xlsx` }]);
      return;
    }
    if (file.size > MAX_WORKBOOK_BYTES) {
      setErrors([{ field: FILE_FIELD, message: `${file.name} is larger than 50 MB` }]);
      return;
    }
    setErrors([]);
    setProgress(`Reading ${file.name}…`);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      setProgress('');
      setErrors([{ field: FILE_FIELD, message: `${file.name} could not be read. Check it is not open in another program, and choose it again` }]);
      return;
    }
    const result = applyResult(await call('summaries.import', { reference: view.reference, agency, fileName: file.name, contentBase64 }));
    setProgress('');
    if (result.ok) onSaved(`The summary from ${agency} has been imported from ${file.name}.`);
    else if (result.error.code !== 'LOCKED') setErrors(importErrorsFrom(result.error));
  };

  const problems = errors.filter((error) => error.field === FILE_FIELD).map((error) => error.message);
  return (
    <RecordForm
      title={`Import the summary from ${agency}’s workbook`}
      lead={replaces ? 'The summary already recorded for this agency will be replaced by the one in the workbook.' : undefined}
      errors={errors}
      saving={progress !== ''}
      submitLabel="Import the summary"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="summary-import-form"
    >
      <div className={`govuk-form-group${problems.length === 0 ? '' : ' govuk-form-group--error'}`}>
        <label className="govuk-label govuk-label--s" htmlFor={FILE_FIELD}>
          The returned workbook
        </label>
        <div id={`${FILE_FIELD}-hint`} className="govuk-hint">
          {FILE_HINT}
        </div>
        {problems.length === 0 ? null : (
          <div id={`${FILE_FIELD}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {problems[0]}
            {problems.length > 1 ? (
              <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-1 govuk-!-margin-bottom-0" data-testid="import-problems">
                {problems.slice(1).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </div>
        )}
        <input
          className={`govuk-file-upload${problems.length === 0 ? '' : ' govuk-file-upload--error'}`}
          id={FILE_FIELD}
          name={FILE_FIELD}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={describedBy(FILE_FIELD, FILE_HINT, problems[0])}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <p className="govuk-body prm-status" role="status" data-testid="summary-import-progress">
        {progress}
      </p>
    </RecordForm>
  );
}
