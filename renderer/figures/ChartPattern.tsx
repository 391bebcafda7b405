/** The fill of one column's segments and its swatches: the column's colour crossed by white lines or dots. */
import { CHART_BACKGROUND, type ChartPattern, type ChartSeries } from '../../shared/figures/chart-series.ts';

const TILE = 8;

const LINES: Readonly<Record<ChartPattern, string>> = {
  solid: '',
  diagonal: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
  'back-diagonal': 'M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4',
  cross: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4',
  horizontal: 'M0,4 h8',
  vertical: 'M4,0 v8',
  grid: 'M0,4 h8 M4,0 v8',
  dots: '',
};

export function ChartPatternDef({ id, series }: { readonly id: string; readonly series: ChartSeries }) {
  const lines = LINES[series.pattern];
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={TILE} height={TILE}>
      <rect width={TILE} height={TILE} fill={series.colour} />
      {lines === '' ? null : <path d={lines} stroke={CHART_BACKGROUND} strokeWidth={1.5} fill="none" />}
      {series.pattern === 'dots' ? <circle cx={TILE / 2} cy={TILE / 2} r={1.75} fill={CHART_BACKGROUND} /> : null}
    </pattern>
  );
}

/** An id usable in url(#…) and in aria attributes, from a figure's key. */
export function chartIdBase(tableKey: string): string {
  return `prm-figure-${tableKey.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function patternId(idBase: string, series: number): string {
  return `${idBase}-pattern-${series}`;
}
