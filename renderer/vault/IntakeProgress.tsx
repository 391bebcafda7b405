/**
 * Files on their way into a secured set: the whole intake's progress and the current file's,
 * a sparse spoken summary and a Cancel; at the end, what was added and, by name, what was not.
 */
import { useEffect, useRef } from 'react';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { formatSize } from '../case/documents/format-size.ts';
import { fileName } from './file-path.ts';
import { announcedStep } from './progress-words.ts';
import { TransferProgress } from './TransferProgress.tsx';
import { countIn, runProgress, type IntakeFileRun, type IntakeRun } from './use-intake.ts';

export interface IntakeProgressProps {
  readonly agency: string;
  readonly run: IntakeRun;
  readonly onCancel: () => void;
  readonly onClose: () => void;
}

export function IntakeProgress({ agency, run, onCancel, onClose }: IntakeProgressProps) {
  const overall = runProgress(run);
  const currentIndex = run.files.findIndex((file) => file.status.state === 'sending');
  const current = currentIndex === -1 ? undefined : run.files[currentIndex];
  const count = run.files.length;
  const placed = countIn(run, 'placed');
  return (
    <div data-testid="intake-progress">
      {run.finished ? (
        <IntakeOutcome run={run} />
      ) : (
        <>
          <FormHeading>{`Adding files to ${agency}’s secured files`}</FormHeading>
          <TransferProgress id="intake-overall" label={count === 1 ? `1 file, ${formatSize(overall.total)}` : `${count.toLocaleString('en-GB')} files, ${formatSize(overall.total)} in all`} progress={overall} />
          {count === 1 ? null : <p className="govuk-body">{`${placed.toLocaleString('en-GB')} of ${count.toLocaleString('en-GB')} files added so far.`}</p>}
          {current === undefined || count === 1 ? null : (
            <TransferProgress id="intake-current" small label={`File ${currentIndex + 1} of ${count}: ${current.path}`} progress={{ done: current.status.state === 'sending' ? current.status.done : 0, total: current.size }} />
          )}
        </>
      )}
      <p className="govuk-visually-hidden" role="status" aria-live="polite" data-testid="intake-announcement">
        {announcement(run, currentIndex)}
      </p>
      {run.finished ? (
        <button type="button" className="govuk-button" onClick={onClose}>
          Close
        </button>
      ) : (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel adding files
        </button>
      )}
    </div>
  );
}

/**
 * What the live region says: the file under way and its progress in quarters. It changes a few
 * times per file only, so a screen reader is not talking over the person; the outcome at the
 * end is an alert of its own.
 */
function announcement(run: IntakeRun, currentIndex: number): string {
  if (run.finished) return '';
  const current = run.files[currentIndex];
  if (current === undefined || current.status.state !== 'sending') return '';
  const step = announcedStep({ done: current.status.done, total: current.size });
  return `File ${currentIndex + 1} of ${run.files.length}, ${fileName(current.path)}: ${step ?? 0}% sent`;
}

/** The outcome in a line: all added, or what a cancel or a failure left out. */
export function outcomeHeading(run: IntakeRun): string {
  const placed = countIn(run, 'placed');
  const count = run.files.length;
  const only = run.files[0];
  if (count === 1 && only !== undefined) {
    if (placed === 1) return `${only.path} has been added`;
    return run.cancelled ? `You cancelled adding ${fileName(only.path)}: it was not added` : `${fileName(only.path)} was not added`;
  }
  if (placed === count) return `All ${count.toLocaleString('en-GB')} files have been added`;
  const added = placed === 0 ? `none of the ${count.toLocaleString('en-GB')} files was added` : `${placed.toLocaleString('en-GB')} of ${count.toLocaleString('en-GB')} files ${placed === 1 ? 'was' : 'were'} added`;
  return run.cancelled ? `You cancelled adding files: ${added}` : `${added.charAt(0).toUpperCase()}${added.slice(1)}`;
}

/**
 * Shown when some files were not added (when all were, the section closes the form and says
 * so): as a problem when any failed, or as a plain notice when the person cancelled.
 */
function IntakeOutcome({ run }: { run: IntakeRun }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const notAdded = run.files.filter((file) => file.status.state !== 'placed');
  const details = (
    <>
      <p className="govuk-body">{notAdded.length === 1 ? 'This file was not added:' : 'These files were not added:'}</p>
      <ul className="govuk-list govuk-list--bullet" data-testid="intake-not-added">
        {notAdded.map((file) => (
          <li key={file.path}>{`${file.path} (${formatSize(file.size)}): ${reason(file)}`}</li>
        ))}
      </ul>
      <p className="govuk-body govuk-!-margin-bottom-0">Nothing is kept of a file that was not added. Add it again when you are ready.</p>
    </>
  );
  if (countIn(run, 'failed') === 0) {
    return (
      <div className="govuk-notification-banner" role="region" aria-labelledby="intake-outcome-title" tabIndex={-1} ref={box} data-testid="intake-outcome">
        <div className="govuk-notification-banner__header">
          <h3 className="govuk-notification-banner__title" id="intake-outcome-title">
            Cancelled
          </h3>
        </div>
        <div className="govuk-notification-banner__content">
          <p className="govuk-notification-banner__heading">{outcomeHeading(run)}</p>
          {details}
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={box} data-testid="intake-outcome">
      <div role="alert">
        <h3 className="govuk-error-summary__title">{outcomeHeading(run)}</h3>
        <div className="govuk-error-summary__body">{details}</div>
      </div>
    </div>
  );
}

function reason(file: IntakeFileRun): string {
  switch (file.status.state) {
    case 'failed':
      return file.status.message;
    case 'cancelled':
      return 'stopped when you cancelled';
    case 'not-sent':
      return 'not sent, because you cancelled first';
    default:
      return 'not sent';
  }
}
