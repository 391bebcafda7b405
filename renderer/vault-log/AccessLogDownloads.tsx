/** The access log's downloads: a spreadsheet or a PDF of every event the filters keep. */
import type { AccessLogFilter } from '../../shared/vault/access-log.ts';
import { DownloadChoices, type DownloadChoice } from '../components/DownloadChoices.tsx';
import { useApi } from '../session/api-context.tsx';

type Format = 'xlsx' | 'pdf';

const FORMATS: readonly DownloadChoice<Format>[] = [
  { format: 'xlsx', label: 'Download as spreadsheet', progress: 'Making the spreadsheet…' },
  { format: 'pdf', label: 'Download as PDF', progress: 'Making the PDF…' },
];

export interface AccessLogDownloadsProps {
  readonly filter: AccessLogFilter;
  readonly total: number;
  readonly filtered: boolean;
}

/** The log as the Practice Review Subgroup reads it: every matching event, not only this page. */
export function AccessLogDownloads({ filter, total, filtered }: AccessLogDownloadsProps) {
  const call = useApi();
  const count = total === 1 ? '1 event' : `${total.toLocaleString('en-GB')} events`;
  return (
    <div data-testid="access-log-downloads">
      <h2 className="govuk-heading-m">Download the log</h2>
      <DownloadChoices choices={FORMATS} make={(format) => call('vault.logExport', { filter, format })} statusTestId="access-log-download-status">
        <p className="govuk-body">
          A download holds {filtered ? `the ${count} that ${total === 1 ? 'matches' : 'match'} the filters` : total === 1 ? 'the 1 event' : `all ${count}`}, not only this page. Making one is recorded in the audit trail, with who made it and the filters used.
        </p>
      </DownloadChoices>
    </div>
  );
}
