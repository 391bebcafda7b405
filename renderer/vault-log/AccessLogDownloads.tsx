/** The access log's downloads: a spreadsheet or a PDF of every event the filters keep. */
import type { AccessLogFilter } from '../../shared/vault/access-log.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { useDownload } from '../evidence/chronology/use-download.ts';
import { useApi } from '../session/api-context.tsx';

type Format = 'xlsx' | 'pdf';

const FORMATS: readonly { readonly format: Format; readonly label: string; readonly progress: string }[] = [
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
  const download = useDownload<Format>();
  const count = total === 1 ? '1 event' : `${total.toLocaleString('en-GB')} events`;
  return (
    <div data-testid="access-log-downloads">
      <h2 className="govuk-heading-m">Download the log</h2>
      <ErrorSummary errors={download.errors} />
      <p className="govuk-body">
        A download holds {filtered ? `the ${count} that ${total === 1 ? 'matches' : 'match'} the filters` : total === 1 ? 'the 1 event' : `all ${count}`}, not only this page. Making one is recorded in the audit trail, with who made it and the filters used.
      </p>
      <div className="govuk-button-group">
        {FORMATS.map(({ format, label, progress }) => (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            key={format}
            aria-disabled={download.making !== null}
            onClick={() => void download.start(format, progress, () => call('vault.logExport', { filter, format }))}
          >
            {download.making === format ? progress : label}
          </button>
        ))}
      </div>
      <p className="govuk-body prm-status" role="status" data-testid="access-log-download-status">
        {download.status}
      </p>
    </div>
  );
}
