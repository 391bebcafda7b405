/** The figures shown, as the workbook (a sheet per figure, Summary first) or the annual report's PDF. */
import type { FiguresPeriod } from '../../shared/figures/figures.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { useDownload } from '../evidence/chronology/use-download.ts';
import { useApi } from '../session/api-context.tsx';
import { periodWords } from './figure-words.ts';

type Format = 'xlsx' | 'pdf';

const FORMATS: readonly { readonly format: Format; readonly label: string; readonly progress: string }[] = [
  { format: 'xlsx', label: 'Download the workbook (.xlsx)', progress: 'Making the workbook…' },
  { format: 'pdf', label: 'Download the annual report (PDF)', progress: 'Making the annual report…' },
];

export function FiguresDownloads({ period }: { readonly period: FiguresPeriod }) {
  const call = useApi();
  const download = useDownload<Format>();
  return (
    <section aria-labelledby="figures-downloads-heading" className="prm-figures-section" data-testid="figures-downloads">
      <h2 className="govuk-heading-l" id="figures-downloads-heading">
        Download the figures
      </h2>
      <ErrorSummary errors={download.errors} />
      <p className="govuk-body govuk-!-width-two-thirds">
        For {periodWords(period)}: the workbook has a Summary sheet with every figure by name, then a sheet for each figure; the annual report has each figure’s chart and table. Making either is
        recorded in the audit trail.
      </p>
      <div className="govuk-button-group">
        {FORMATS.map(({ format, label, progress }) => (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            key={format}
            aria-disabled={download.making !== null}
            onClick={() => void download.start(format, progress, () => call('figures.export', { period, format }))}
          >
            {download.making === format ? progress : label}
          </button>
        ))}
      </div>
      <p className="govuk-body prm-status" role="status" data-testid="figures-download-status">
        {download.status}
      </p>
    </section>
  );
}
