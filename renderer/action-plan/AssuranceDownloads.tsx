/**
 * The action plan assurance report as a download, as a PDF to read or a spreadsheet to work in:
 * for one case, or for one agency across every review. Each is made in main; its button says so
 * while it is made, and a status line says when it has been downloaded.
 */
import type { Result } from '../../shared/errors.ts';
import type { FileOutput } from '../../shared/evidence/letterhead.ts';
import { DownloadChoices, type DownloadChoice } from '../components/DownloadChoices.tsx';

type Format = 'pdf' | 'xlsx';

const FORMATS: readonly DownloadChoice<Format>[] = [
  { format: 'pdf', label: 'Download as PDF', progress: 'Making the PDF…' },
  { format: 'xlsx', label: 'Download as spreadsheet', progress: 'Making the spreadsheet…' },
];

export interface AssuranceDownloadsProps {
  /** "this case’s action plan", "Greater Manchester Police’s actions across every review". */
  readonly what: string;
  readonly make: (format: Format) => Promise<Result<FileOutput>>;
  readonly testId: string;
  /** h3 inside a case's section, h2 on a page of its own. */
  readonly level?: 2 | 3;
}

export function AssuranceDownloads({ what, make, testId, level = 3 }: AssuranceDownloadsProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div data-testid={testId}>
      <Heading className="govuk-heading-m">Action plan assurance report</Heading>
      <DownloadChoices choices={FORMATS} make={make} statusTestId={`${testId}-status`}>
        <p className="govuk-body">{`The assurance report on ${what}: each action’s owner, due date, status and evidence of impact, for the Business Unit’s monitoring and the partnership’s annual scrutiny. Making one is recorded in the audit trail.`}</p>
      </DownloadChoices>
    </div>
  );
}
