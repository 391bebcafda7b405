/**
 * A long task's progress: its phase in words and a bar of the steps done, announced politely as
 * the phase changes (not at every poll). GOV.UK Frontend has no progress component; this is the
 * native <progress> element, as for transfers.
 */
import type { JobView } from '../../shared/ipc/jobs-calls.ts';
import '../vault/transfer-progress.css';

export interface JobProgressProps {
  readonly id: string;
  /** "Backing up the store". */
  readonly label: string;
  /** Null before the first reading. */
  readonly job: JobView | null;
}

export function JobProgress({ id, label, job }: JobProgressProps) {
  const phase = job?.phase ?? 'Starting';
  const step = job === null ? '' : ` (step ${Math.min(job.done + 1, job.total)} of ${job.total})`;
  return (
    <div className="prm-progress" data-testid={id}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {job === null ? (
        <progress id={id} className="prm-progress__bar" aria-describedby={`${id}-words`} />
      ) : (
        <progress id={id} className="prm-progress__bar" max={job.total} value={job.done} aria-describedby={`${id}-words`} />
      )}
      <p id={`${id}-words`} className="govuk-body-s prm-progress__words" role="status">
        {`${phase}${step}`}
      </p>
    </div>
  );
}
