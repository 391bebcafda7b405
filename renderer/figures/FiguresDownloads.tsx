/** The figures shown, as the workbook (a sheet per figure, Summary first) or the annual report's PDF. */
import type { FiguresPeriod } from '../../shared/figures/figures.ts';
import { DownloadChoices, type DownloadChoice } from '../components/DownloadChoices.tsx';
import { useApi } from '../session/api-context.tsx';
import { periodWords } from './figure-words.ts';

type Format = 'xlsx' | 'pdf';

const FORMATS: readonly DownloadChoice<Format>[] = [
  { format: 'xlsx', label: 'Download the workbook (.xlsx)', progress: 'Making the workbook…' },
  { format: 'pdf', label: 'Download the annual report (PDF)', progress: 'Making the annual report…' },
];

export function FiguresDownloads({ period }: { readonly period: FiguresPeriod }) {
  const call = useApi();
  return (
    <section aria-labelledby="figures-downloads-heading" className="prm-figures-section" data-testid="figures-downloads">
      <h2 className="govuk-heading-l" id="figures-downloads-heading">
        Download the figures
      </h2>
      <DownloadChoices choices={FORMATS} make={(format) => call('figures.export', { period, format })} statusTestId="figures-download-status">
        <p className="govuk-body govuk-!-width-two-thirds">
          For {periodWords(period)}: the workbook has a Summary sheet with every figure by name, then a sheet for each figure; the annual report has each figure’s chart and table. Making either is
          recorded in the audit trail.
        </p>
      </DownloadChoices>
    </section>
  );
}
