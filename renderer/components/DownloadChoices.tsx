/**
 * A file made in main, in the formats offered: a button each (it says so while its file is made,
 * and the others wait), the refusal in an error summary above what the caller says about the
 * files, and a status line that is read out when the file has been handed over.
 */
import type { ReactNode } from 'react';
import type { Result } from '../../shared/errors.ts';
import type { FileOutput } from '../../shared/evidence/letterhead.ts';
import { useDownload } from '../evidence/chronology/use-download.ts';
import { ErrorSummary } from './ErrorSummary.tsx';

export interface DownloadChoice<F extends string> {
  readonly format: F;
  readonly label: string;
  /** What the button and the status line say while the file is made: "Making the PDF…". */
  readonly progress: string;
}

export interface DownloadChoicesProps<F extends string> {
  readonly choices: readonly DownloadChoice<F>[];
  readonly make: (format: F) => Promise<Result<FileOutput>>;
  readonly statusTestId: string;
  /** What the files hold, between the error summary and the buttons. */
  readonly children: ReactNode;
}

export function DownloadChoices<F extends string>({ choices, make, statusTestId, children }: DownloadChoicesProps<F>) {
  const download = useDownload<F>();
  return (
    <>
      <ErrorSummary errors={download.errors} />
      {children}
      <div className="govuk-button-group">
        {choices.map(({ format, label, progress }) => (
          <button type="button" className="govuk-button govuk-button--secondary" key={format} aria-disabled={download.making !== null} onClick={() => void download.start(format, progress, () => make(format))}>
            {download.making === format ? progress : label}
          </button>
        ))}
      </div>
      <p className="govuk-body prm-status" role="status" data-testid={statusTestId}>
        {download.status}
      </p>
    </>
  );
}
