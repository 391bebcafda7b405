import { useState } from 'react';
import type { ChronologyPreview, ChronologyReturnView, EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../../components/field-errors.ts';
import { Checkbox } from '../../components/form/Checkboxes.tsx';
import { useApi } from '../../session/api-context.tsx';
import { FormHeading } from '../../case/components/FormHeading.tsx';
import { formatTimestamp } from '../../case/components/format-timestamp.ts';
import type { ChosenFile } from './ChooseChronologyFile.tsx';
import { importRefusal } from './import-refusal.ts';
import { problemsCount, ProblemsTable } from './ProblemsTable.tsx';
import { PreviewRowsTable } from './PreviewRowsTable.tsx';
import { problemsToAccept } from '../../../shared/evidence/chronology.ts';
import { WarningText } from '../../components/WarningText.tsx';

const ACKNOWLEDGE = 'acknowledge-problems';

function rowsCount(count: number): string {
  return count === 1 ? '1 row' : `${count.toLocaleString('en-GB')} rows`;
}

export interface ChronologyPreviewPanelProps {
  readonly reference: string;
  readonly file: ChosenFile;
  readonly preview: ChronologyPreview;
  /** The agency's current return, when this one would replace it. */
  readonly replaces: ChronologyReturnView | undefined;
  readonly onImported: (view: EvidenceView, message: string) => void;
  readonly onChooseAnother: () => void;
  readonly onCancel: () => void;
}

/**
 * What main read from a returned file, before anything is kept: the rows, every problem by sheet,
 * row and column, and what it would replace. Accepting imports it whole; with problems, the
 * person first says they have read them, and the problems stay listed with the return.
 */
export function ChronologyPreviewPanel({ reference, file, preview, replaces, onImported, onChooseAnother, onCancel }: ChronologyPreviewPanelProps) {
  const call = useApi();
  const [acknowledged, setAcknowledged] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [importing, setImporting] = useState(false);
  const problems = preview.problems.length;
  const mustConfirm = problemsToAccept(preview.problems).length > 0;

  const accept = async () => {
    if (importing) return;
    if (mustConfirm && !acknowledged) {
      setErrors([{ field: ACKNOWLEDGE, message: `Confirm you have read the ${problemsCount(problems)} before importing the rows that could be read` }]);
      return;
    }
    setErrors([]);
    setImporting(true);
    const result = await call('chronology.accept', { reference, agency: preview.agency, ...file, sha256: preview.sha256, acceptProblems: mustConfirm });
    setImporting(false);
    if (result.ok) {
      const kept = problems === 0 ? '' : `, with ${problemsCount(problems)} listed`;
      onImported(result.value, `The chronology from ${preview.agency} has been imported: ${rowsCount(preview.rows.length)}${kept}.`);
    } else if (result.error.code !== 'LOCKED') {
      setErrors(importRefusal(result.error, file.fileName).map((error) => ({ message: error.message })));
    }
  };

  return (
    <div data-testid="chronology-preview">
      <FormHeading>{`Check what was read from ${preview.fileName}`}</FormHeading>
      <ErrorSummary errors={errors} />
      <p className="govuk-body" data-testid="preview-counts">
        {`${rowsCount(preview.rows.length)} read for ${preview.agency}; ${problems === 0 ? 'no problems' : problemsCount(problems)}.`} Nothing has been imported yet.
      </p>
      {replaces === undefined ? null : (
        <WarningText testId="preview-replaces">{`This replaces the return imported on ${formatTimestamp(replaces.importedAt)} (${replaces.fileName}, ${rowsCount(replaces.rowCount)}).`}</WarningText>
      )}
      {preview.rows.length === 0 ? <p className="govuk-body">No rows could be read from this file.</p> : <PreviewRowsTable rows={preview.rows} />}
      {problems === 0 ? null : (
        <>
          <h4 className="govuk-heading-s">{`What could not be read (${problemsCount(problems)})`}</h4>
          {mustConfirm ? (
            <p className="govuk-body">Rows listed here are not imported. Ask the agency to correct them and send the file again, or import the rest and keep these listed with the return.</p>
          ) : (
            <p className="govuk-body">Only the template’s instructions and summary sheets were not read. They hold no events, so nothing is left out.</p>
          )}
          <ProblemsTable problems={preview.problems} caption={`Problems in ${preview.fileName}`} testId="preview-problems" />
          {preview.rows.length === 0 || !mustConfirm ? null : (
            <Checkbox
              id={ACKNOWLEDGE}
              label={`I have read the ${problemsCount(problems)}; import the rows that could be read and keep the problems listed with the return`}
              checked={acknowledged}
              onChange={(checked) => {
                setAcknowledged(checked);
                if (checked) setErrors([]);
              }}
              error={errorFor(errors, ACKNOWLEDGE)}
            />
          )}
        </>
      )}
      <p className="govuk-body prm-status" role="status" data-testid="accept-progress">
        {importing ? `Importing ${rowsCount(preview.rows.length)}…` : ''}
      </p>
      <div className="govuk-button-group">
        {preview.rows.length === 0 ? null : (
          <button type="button" className="govuk-button" aria-disabled={importing} onClick={() => void accept()}>
            Accept and import
          </button>
        )}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onChooseAnother}>
          Choose another file
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
