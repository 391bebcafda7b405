/**
 * The partnership's annual figures (policy section 21) for a period, a financial year by
 * default: each figure as a chart with its table (or a table alone), grouped as the annual
 * report groups them, then every figure by name, then the workbook and PDF to download. Main
 * decides who may see them (figures.read) and counts them; this screen shows what comes back.
 */
import { FIGURE_SECTION_TITLES, type FigureTable, type FiguresView } from '../../shared/figures/figures.ts';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import type { Navigate } from '../session/places.ts';
import { AllFiguresTable } from './AllFiguresTable.tsx';
import { FigureBlock } from './FigureBlock.tsx';
import { FiguresDownloads } from './FiguresDownloads.tsx';
import { FiguresNotShown } from './FiguresNotShown.tsx';
import { nothingRecorded, periodWords } from './figure-words.ts';
import { PeriodForm } from './PeriodForm.tsx';
import { useFigures } from './use-figures.ts';
import './figures.css';

export interface FiguresScreenProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

const SECTIONS = Object.keys(FIGURE_SECTION_TITLES) as FigureTable['section'][];

export function FiguresScreen(_props: FiguresScreenProps) {
  const figures = useFigures();
  const { load } = figures;
  useDocumentTitle('Annual figures', figures.errors.length > 0 || load.state === 'failed');
  return (
    <>
      <PageHeading>Annual figures</PageHeading>
      <p className="govuk-body govuk-!-width-two-thirds">
        The partnership’s figures for a period, as the annual report gives them. A referral counts in the period by the date it was received, a review by the date it was decided and a deadline by the
        date it was due; the first and last days are both included.
      </p>
      {load.state === 'not-allowed' ? null : (
        <>
          <ErrorSummary errors={figures.errors} />
          <PeriodForm asked={figures.asked} today={figures.today} errors={figures.errors} onAsk={figures.ask} />
        </>
      )}
      {load.state === 'loaded' ? <FiguresShown view={load.view} refreshing={figures.refreshing} /> : <FiguresNotShown load={load} onRetry={figures.retry} />}
    </>
  );
}

function FiguresShown({ view, refreshing }: { readonly view: FiguresView; readonly refreshing: boolean }) {
  const period = { from: view.from, to: view.to };
  return (
    <>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-6" role="status" data-testid="figures-period-shown">
        {refreshing ? 'Counting the figures…' : `Figures for ${periodWords(period)}.`}
      </p>
      {nothingRecorded(view) ? (
        <div className="govuk-inset-text" data-testid="figures-nothing-recorded">
          Nothing was recorded in this period. Every figure below is nought or not applicable.
        </div>
      ) : null}
      {SECTIONS.map((section) => {
        const tables = view.tables.filter((table) => table.section === section);
        if (tables.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`figures-section-${section}`} className="prm-figures-section">
            <h2 className="govuk-heading-l" id={`figures-section-${section}`}>
              {FIGURE_SECTION_TITLES[section]}
            </h2>
            {tables.map((table) => (
              <FigureBlock key={table.key} table={table} />
            ))}
          </section>
        );
      })}
      <AllFiguresTable view={view} />
      <FiguresDownloads period={period} />
    </>
  );
}
