/** A stacked chart's key: each column's pattern and colour beside its name. */
import type { FigureTable } from '../../shared/figures/figures.ts';
import { seriesFor } from '../../shared/figures/chart-series.ts';
import { ChartPatternDef } from './ChartPattern.tsx';

const SWATCH = 20;

export function ChartKey({ columns, idBase }: { readonly columns: FigureTable['columns']; readonly idBase: string }) {
  const headingId = `${idBase}-key`;
  return (
    <div className="prm-chart-key">
      <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1" id={headingId}>
        Key
      </p>
      <ul className="govuk-body-s prm-chart-key__list" aria-labelledby={headingId}>
        {columns.map((column, index) => {
          const swatchPattern = `${idBase}-key-pattern-${index}`;
          const series = seriesFor(index);
          return (
            <li className="prm-chart-key__item" key={column.key}>
              <svg className="prm-chart-key__swatch" aria-hidden="true" focusable="false" width={SWATCH} height={SWATCH} viewBox={`0 0 ${SWATCH} ${SWATCH}`}>
                <defs>
                  <ChartPatternDef id={swatchPattern} series={series} />
                </defs>
                <rect x={1} y={1} width={SWATCH - 2} height={SWATCH - 2} fill={`url(#${swatchPattern})`} stroke={series.colour} strokeWidth={2} />
              </svg>
              {column.label}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
