/**
 * How each column of a stacked bar is drawn: a colour and a pattern, so no segment is told
 * from its neighbour by colour alone (WCAG 1.4.1). Every colour is at least 3:1 against the
 * white page (WCAG 1.4.11), and a 2-pixel white gap separates neighbouring segments, so each
 * segment's edge stands out against that gap too. The screen's charts and the annual report's
 * PDF both draw from this list, so a column looks alike in both.
 */

export type ChartPattern = 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'back-diagonal' | 'grid';

export interface ChartSeries {
  readonly colour: string;
  readonly pattern: ChartPattern;
}

export const CHART_SERIES: readonly ChartSeries[] = [
  { colour: '#1d70b8', pattern: 'solid' },
  { colour: '#a35200', pattern: 'diagonal' },
  { colour: '#4c2c92', pattern: 'dots' },
  { colour: '#505a5f', pattern: 'cross' },
  { colour: '#00703c', pattern: 'horizontal' },
  { colour: '#912b88', pattern: 'vertical' },
  { colour: '#0b0c0c', pattern: 'back-diagonal' },
  { colour: '#8c5e00', pattern: 'grid' },
];

/** The text in a chart: GOV.UK's text colour, 19:1 on white. */
export const CHART_TEXT_COLOUR = '#0b0c0c';

/** The page behind the charts, which the patterns' lines are drawn in. */
export const CHART_BACKGROUND = '#ffffff';

export function seriesFor(index: number): ChartSeries {
  return CHART_SERIES[index % CHART_SERIES.length]!;
}
