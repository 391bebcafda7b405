import { describe, expect, it } from 'vitest';
import { describeChart } from '../../../renderer/figures/chart-description.ts';
import { CHART_BACKGROUND, CHART_SERIES, CHART_TEXT_COLOUR } from '../../../shared/figures/chart-series.ts';
import { formatFigure, nothingRecorded, periodWords } from '../../../renderer/figures/figure-words.ts';
import { choiceFor, financialYearsBefore, OTHER_DATES, periodChoices } from '../../../renderer/figures/period-choices.ts';
import { QUIET_FIGURES, REFERRALS_BY_KIND, SAMPLE_FIGURES, TIMELINESS } from './sample-figures.ts';

/** WCAG 2's contrast ratio between two #rrggbb colours. */
function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [red, green, blue] = [1, 3, 5].map((start) => {
      const channel = parseInt(colour.slice(start, start + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

describe('the charts’ colours and patterns', () => {
  it('draws every series at least 3:1 against the page, and the text at least 4.5:1', () => {
    for (const series of CHART_SERIES) expect(contrast(series.colour, CHART_BACKGROUND), series.colour).toBeGreaterThanOrEqual(3);
    expect(contrast(CHART_TEXT_COLOUR, CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every series its own pattern and its own colour, so neither alone tells them apart', () => {
    expect(new Set(CHART_SERIES.map((series) => series.pattern)).size).toBe(CHART_SERIES.length);
    expect(new Set(CHART_SERIES.map((series) => series.colour)).size).toBe(CHART_SERIES.length);
  });
});

describe('the words around the figures', () => {
  it('writes numbers as the screen shows them, and a missing one as not applicable', () => {
    expect(formatFigure(1234)).toBe('1,234');
    expect(formatFigure(4.5)).toBe('4.5');
    expect(formatFigure(0)).toBe('0');
    expect(formatFigure(null)).toBe('Not applicable');
  });

  it('says the period in words', () => {
    expect(periodWords({ from: '2025-04-01', to: '2026-03-31' })).toBe('1 April 2025 to 31 March 2026');
  });

  it('tells a quiet period, all noughts, from one where something was recorded', () => {
    expect(nothingRecorded(QUIET_FIGURES)).toBe(true);
    expect(nothingRecorded(SAMPLE_FIGURES)).toBe(false);
  });

  it('describes a bar chart with its numbers, and a stacked one with its columns', () => {
    expect(describeChart(REFERRALS_BY_KIND)).toBe(
      'A horizontal bar chart with a bar for each of 4 rows. Rapid Review: 12; Non-statutory practice review: 3; Good Outcome Review: 0; ' +
        'Salford City Council Children’s Services and the Greater Manchester Mental Health Trust together: 1. The table after the chart gives the same numbers.',
    );
    expect(describeChart(TIMELINESS)).toContain('each split into Met, Missed, Still open. Screening decision: Met 8, Missed 2, Still open 1;');
  });
});

describe('the periods offered', () => {
  it('offers this financial year first, then the four before it, then other dates', () => {
    expect(periodChoices('2026-02-10').map((choice) => choice.label)).toEqual([
      '2025–26 financial year',
      '2024–25 financial year',
      '2023–24 financial year',
      '2022–23 financial year',
      '2021–22 financial year',
      'Other dates',
    ]);
    expect(financialYearsBefore('2026-04-01')[0]).toEqual({ from: '2026-04-01', to: '2027-03-31' });
  });

  it('knows a financial year it offers, and calls any other period other dates', () => {
    expect(choiceFor({ from: '2024-04-01', to: '2025-03-31' }, '2026-02-10')).toBe('2024-04-01');
    expect(choiceFor({ from: '2024-04-01', to: '2025-03-30' }, '2026-02-10')).toBe(OTHER_DATES);
    expect(choiceFor({ from: '2015-04-01', to: '2016-03-31' }, '2026-02-10')).toBe(OTHER_DATES);
  });
});
