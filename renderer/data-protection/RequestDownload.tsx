/**
 * Taking the export: the workbook alone, or with the kept files that name the person in a zip.
 * Either is made in the background (the whole store is read again), with its progress, then
 * handed to the computer as a download once. What each holds is said first, so the officer knows
 * what they are taking away and that taking it is recorded.
 */
import { useEffect, useRef, useState } from 'react';
import { fileOutput } from '../../shared/evidence/letterhead.ts';
import type { DataProtectionFormat, DataProtectionQuery } from '../../shared/ipc/data-protection-calls.ts';
import { useJobOutcome } from '../backups/use-job-outcome.ts';
import { blobFromBase64, saveBlob } from '../case/documents/file-content.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { JobProgress } from '../components/JobProgress.tsx';
import { useApi } from '../session/api-context.tsx';

export interface RequestDownloadProps {
  /** The search the review shows: the export is made for exactly this. */
  readonly query: DataProtectionQuery;
  readonly nothingFound: boolean;
  /** Whether any case document or task file names them: the zip is offered only then. */
  readonly filesFound: boolean;
}

const LABELS: Readonly<Record<DataProtectionFormat, { readonly button: string; readonly progress: string }>> = {
  xlsx: { button: 'Download the export', progress: 'Making the export…' },
  zip: { button: 'Download the export with the files', progress: 'Making the export with the files…' },
};

export function RequestDownload({ query, nothingFound, filesFound }: RequestDownloadProps) {
  const call = useApi();
  const [job, setJob] = useState<{ readonly id: string; readonly format: DataProtectionFormat } | null>(null);
  const [starting, setStarting] = useState<DataProtectionFormat | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState('');
  const outcome = useJobOutcome(job?.id ?? null, fileOutput);
  const making = starting ?? (outcome.state === 'running' ? (job?.format ?? null) : null);
  const saved = useRef<string | null>(null);

  useEffect(() => {
    if (outcome.state === 'finished' && job !== null && saved.current !== job.id) {
      saved.current = job.id;
      saveBlob(blobFromBase64(outcome.result.contentBase64, outcome.result.mediaType), outcome.result.fileName);
      setStatus(`${outcome.result.fileName} has been downloaded. It is OFFICIAL-SENSITIVE: keep it only where the partnership’s data-protection policy allows, and delete it once the request is answered.`);
    }
    if (outcome.state === 'failed' && outcome.code !== 'LOCKED') setErrors([{ message: outcome.message }]);
  }, [outcome, job]);

  const start = async (format: DataProtectionFormat) => {
    if (making !== null) return;
    setErrors([]);
    setStatus('');
    setStarting(format);
    const result = await call('data-protection.export', { ...query, format });
    setStarting(null);
    if (result.ok) setJob({ id: result.value.jobId, format });
    else if (result.error.code !== 'LOCKED') setErrors([{ message: result.error.message }]);
  };

  return (
    <section aria-labelledby="data-protection-download-title" className="govuk-!-width-two-thirds govuk-!-margin-top-6" data-testid="data-protection-download">
      <h3 className="govuk-heading-m" id="data-protection-download-title">
        Download the export
      </h3>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        {nothingFound
          ? 'The workbook records that the store was searched, and where, with nothing found: keep it with your answer to the request.'
          : 'A workbook (.xlsx): a Summary sheet with who searched, when, for whom and how many places in each part of the store, then a sheet for each part with the case, where exactly, what matched and the text around it.'}{' '}
        It is marked OFFICIAL-SENSITIVE, and taking it is recorded in the audit trail.
      </p>
      {filesFound ? <p className="govuk-body">With the files, a zip holds the workbook and a copy of each case document and task file that names them, as the store keeps it.</p> : null}
      {making !== null ? <JobProgress id="data-protection-export-progress" label={LABELS[making].progress.replace('…', '')} job={outcome.state === 'running' ? outcome.job : null} /> : null}
      <div className="govuk-button-group">
        {(filesFound ? (['xlsx', 'zip'] as const) : (['xlsx'] as const)).map((format) => (
          <button type="button" key={format} className={`govuk-button${format === 'xlsx' ? '' : ' govuk-button--secondary'}`} aria-disabled={making !== null} data-module="govuk-button" onClick={() => void start(format)}>
            {making === format ? LABELS[format].progress : LABELS[format].button}
          </button>
        ))}
      </div>
      <p className="govuk-body prm-status" role="status" data-testid="data-protection-download-status">
        {status}
      </p>
    </section>
  );
}
