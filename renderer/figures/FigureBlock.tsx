/**
 * One figure under its heading: a chart with its table straight after it, both inside one
 * <figure> so the table is read as the chart's; or the table alone for a figure that is not a
 * count of one thing (medians).
 */
import type { FigureTable } from '../../shared/figures/figures.ts';
import { BarChart } from './BarChart.tsx';
import { chartKind } from './chart-layout.ts';
import { ChartKey } from './ChartKey.tsx';
import { chartIdBase } from './ChartPattern.tsx';
import { FigureDataTable } from './FigureDataTable.tsx';

export function FigureBlock({ table }: { readonly table: FigureTable }) {
  const idBase = chartIdBase(table.key);
  const heading = (
    <>
      <h3 className="govuk-heading-m" id={`${idBase}-heading`}>
        {table.title}
      </h3>
      <p className="govuk-body govuk-!-width-two-thirds">{table.description}</p>
    </>
  );
  if (table.rows.length === 0) {
    return (
      <div className="prm-figure" data-testid="figure-empty" data-figure={table.key}>
        {heading}
        <p className="govuk-body">There is nothing to count for this figure in this period.</p>
      </div>
    );
  }
  if (table.chart === 'none') {
    return (
      <div className="prm-figure" data-testid="figure-table-only" data-figure={table.key}>
        {heading}
        <FigureDataTable table={table} caption={table.title} captionHidden testId="figure-table" />
      </div>
    );
  }
  return (
    <figure className="prm-figure" data-testid="figure-chart" data-figure={table.key}>
      <figcaption>{heading}</figcaption>
      {chartKind(table) === 'stacked-bar' ? <ChartKey columns={table.columns} idBase={idBase} /> : null}
      <BarChart table={table} idBase={idBase} />
      <FigureDataTable table={table} caption={`${table.title}: the chart’s numbers`} testId="figure-chart-table" />
    </figure>
  );
}
