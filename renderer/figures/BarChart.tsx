/**
 * One figure drawn as horizontal bars (or stacked bars, a segment per column), as an SVG image
 * with its own name and short description. Its layout is worked out for the width it has (see
 * chart-layout.ts), and again whenever that width changes.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FigureTable } from '../../shared/figures/figures.ts';
import { describeChart } from './chart-description.ts';
import { BAR_HEIGHT, layOutChart, SWATCH_SIZE, valueTextX, WIDEST_CHART, type ChartRow } from './chart-layout.ts';
import { seriesFor } from '../../shared/figures/chart-series.ts';
import { ChartPatternDef, patternId } from './ChartPattern.tsx';
import { measureText } from './text-measure.ts';

export interface BarChartProps {
  readonly table: FigureTable;
  readonly idBase: string;
}

export function BarChart({ table, idBase }: BarChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = holder.current;
    if (element === null) return;
    const read = () => setAvailable(element.clientWidth);
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const layout = useMemo(() => layOutChart(table, available ?? WIDEST_CHART, measureText), [table, available]);
  const titleId = `${idBase}-chart-title`;
  const descriptionId = `${idBase}-chart-description`;

  return (
    <div className="prm-chart" ref={holder}>
      {available === null ? null : (
        <svg
          className="prm-chart__svg"
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          data-testid="figure-chart-svg"
        >
          <title id={titleId}>{`${table.title}: chart`}</title>
          <desc id={descriptionId}>{describeChart(table)}</desc>
          <defs>
            {table.columns.map((column, index) => (
              <ChartPatternDef key={column.key} id={patternId(idBase, index)} series={seriesFor(index)} />
            ))}
          </defs>
          {layout.rows.map((row) => (
            <ChartRowDrawing key={row.key} row={row} idBase={idBase} />
          ))}
        </svg>
      )}
    </div>
  );
}

function ChartRowDrawing({ row, idBase }: { readonly row: ChartRow; readonly idBase: string }) {
  return (
    <g className="prm-chart__row" data-row={row.key}>
      <text className="prm-chart__label">
        {row.labelLines.map((line, index) => (
          <tspan key={index} x={0} y={line.baseline}>
            {line.text}
          </tspan>
        ))}
      </text>
      {row.segments
        .filter((segment) => segment.width > 0)
        .map((segment) => (
          // Drawn a pixel inside its space, so the outline stays within the segment and the gap stays white.
          <rect
            key={segment.columnKey}
            className="prm-chart__bar"
            x={segment.x + 1}
            y={row.barY + 1}
            width={Math.max(1, segment.width - 2)}
            height={BAR_HEIGHT - 2}
            fill={`url(#${patternId(idBase, segment.series)})`}
            stroke={seriesFor(segment.series).colour}
            strokeWidth={2}
            data-column={segment.columnKey}
            data-value={segment.value ?? ''}
          />
        ))}
      {row.values.map((value, index) => (
        <g key={index}>
          {value.series === null ? null : (
            <rect
              x={value.x + 1}
              y={value.baseline - SWATCH_SIZE + 2}
              width={SWATCH_SIZE - 2}
              height={SWATCH_SIZE - 2}
              fill={`url(#${patternId(idBase, value.series)})`}
              stroke={seriesFor(value.series).colour}
              strokeWidth={2}
            />
          )}
          <text className="prm-chart__value-text" x={valueTextX(value)} y={value.baseline}>
            {value.label === null ? null : <tspan className="prm-chart__value-label">{`${value.label} `}</tspan>}
            <tspan className="prm-chart__value">{value.text}</tspan>
          </text>
        </g>
      ))}
    </g>
  );
}
