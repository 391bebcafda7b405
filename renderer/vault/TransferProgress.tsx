/**
 * A transfer's progress bar. GOV.UK Frontend has no progress component, so this is the native
 * <progress> element (which assistive technology reads as a progress bar) with a visible label
 * and the amount in words beside it; the live announcements are the caller's, kept sparse.
 */
import { percentOf, progressWords, type Progress } from './progress-words.ts';
import './transfer-progress.css';

export interface TransferProgressProps {
  readonly id: string;
  readonly label: string;
  readonly progress: Progress;
  /** A smaller bar, for one file among several. */
  readonly small?: boolean;
}

export function TransferProgress({ id, label, progress, small = false }: TransferProgressProps) {
  const percent = percentOf(progress);
  const words = progressWords(progress);
  return (
    <div className={`prm-progress${small ? ' prm-progress--small' : ''}`} data-testid={id}>
      <label className={`govuk-label${small ? ' govuk-body-s govuk-!-margin-bottom-1' : ' govuk-label--s'}`} htmlFor={id}>
        {label}
      </label>
      {percent === null ? (
        // No value: the bar shows that something is moving without claiming how far it has gone.
        <progress id={id} className="prm-progress__bar" aria-describedby={`${id}-words`} />
      ) : (
        <progress id={id} className="prm-progress__bar" max={100} value={percent} aria-describedby={`${id}-words`} />
      )}
      <p id={`${id}-words`} className="govuk-body-s prm-progress__words">
        {words}
      </p>
    </div>
  );
}
