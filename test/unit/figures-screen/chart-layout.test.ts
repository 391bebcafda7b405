import { describe, expect, it } from 'vitest';
import { estimateText, layOutChart, NARROWEST_CHART, valueTextX, WIDEST_CHART, type ChartLayout } from '../../../renderer/figures/chart-layout.ts';
import { REFERRALS_BY_KIND, TIMELINESS } from './sample-figures.ts';

const rightmostInk = (layout: ChartLayout): number =>
  Math.max(
    ...layout.rows.flatMap((row) => [
      ...row.labelLines.map((line) => estimateText(line.text, false)),
      ...row.segments.map((segment) => segment.x + segment.width),
      ...row.values.map((value) => valueTextX(value) + (value.label === null ? 0 : estimateText(`${value.label} `, false)) + estimateText(value.text, true)),
    ]),
  );

describe('a figure’s bar chart', () => {
  it('draws each bar in proportion to its number, the longest with room for its number after it', () => {
    const layout = layOutChart(REFERRALS_BY_KIND, 640, estimateText);
    const [rapid, nonStatutory, goodOutcome, long] = layout.rows.map((row) => row.segments[0]!.width);
    expect(rapid! / nonStatutory!).toBeCloseTo(12 / 3, 5);
    expect(rapid! / long!).toBeCloseTo(12, 5);
    expect(goodOutcome).toBe(0);
    expect(rightmostInk(layout)).toBeLessThanOrEqual(640);
    expect(rapid! + 8 + estimateText('12', true)).toBeGreaterThan(600);
  });

  it('writes every number beside its bar, a nought included', () => {
    const layout = layOutChart(REFERRALS_BY_KIND, 640, estimateText);
    expect(layout.rows.map((row) => row.values.map((value) => value.text))).toEqual([['12'], ['3'], ['0'], ['1']]);
    const nought = layout.rows[2]!;
    expect(nought.values[0]!.x).toBe(0);
  });

  it('writes "Not applicable" where a number is missing, with no bar', () => {
    const table = { ...REFERRALS_BY_KIND, rows: [{ key: 'median', label: 'Median', cells: [{ name: 'median', value: null }] }] };
    const row = layOutChart(table, 640, estimateText).rows[0]!;
    expect(row.segments[0]!.width).toBe(0);
    expect(row.values[0]!.text).toBe('Not applicable');
  });

  it('wraps a long label onto more lines in a narrow window, never past the chart’s width', () => {
    const wide = layOutChart(REFERRALS_BY_KIND, 640, estimateText);
    const narrow = layOutChart(REFERRALS_BY_KIND, 280, estimateText);
    expect(narrow.rows[3]!.labelLines.length).toBeGreaterThan(wide.rows[3]!.labelLines.length);
    expect(narrow.rows[3]!.labelLines.map((line) => line.text).join(' ')).toBe(REFERRALS_BY_KIND.rows[3]!.label);
    expect(rightmostInk(narrow)).toBeLessThanOrEqual(280);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('keeps to its widest and narrowest sizes', () => {
    expect(layOutChart(REFERRALS_BY_KIND, 2000, estimateText).width).toBe(WIDEST_CHART);
    expect(layOutChart(REFERRALS_BY_KIND, 50, estimateText).width).toBe(NARROWEST_CHART);
  });

  it('puts each row below the one before, so no two overlap', () => {
    const layout = layOutChart(TIMELINESS, 320, estimateText);
    for (let index = 1; index < layout.rows.length; index += 1) {
      const before = layout.rows[index - 1]!;
      const lowestBefore = Math.max(before.barY + 24, ...before.values.map((value) => value.baseline));
      expect(layout.rows[index]!.labelLines[0]!.baseline - 15).toBeGreaterThan(lowestBefore);
    }
  });
});

describe('a figure’s stacked bar chart', () => {
  it('splits each bar into its columns in order, in proportion, with a gap after each', () => {
    const layout = layOutChart(TIMELINESS, 640, estimateText);
    const screening = layout.rows[0]!;
    expect(screening.segments.map((segment) => segment.columnKey)).toEqual(['met', 'missed', 'open']);
    const [met, missed, open] = screening.segments;
    expect(missed!.x).toBeGreaterThan(met!.x + met!.width);
    expect(open!.x).toBeGreaterThan(missed!.x + missed!.width);
    // The screening bar (11 in all) is the longest and fills the chart's width.
    expect(open!.x + open!.width).toBeGreaterThan(630);
    expect((met!.width + 2) / (missed!.width + 2)).toBeCloseTo(8 / 2, 5);
  });

  it('writes every column’s name and number under each bar, noughts included, each with its pattern', () => {
    const layout = layOutChart(TIMELINESS, 640, estimateText);
    expect(layout.rows[1]!.values.map((value) => [value.label, value.text, value.series])).toEqual([
      ['Met', '0', 0],
      ['Missed', '0', 1],
      ['Still open', '0', 2],
    ]);
    expect(layout.rows[1]!.segments.every((segment) => segment.width === 0)).toBe(true);
  });

  it('moves the numbers under a bar onto a second line when the window is too narrow for them', () => {
    const wide = layOutChart(TIMELINESS, 640, estimateText).rows[0]!;
    const narrow = layOutChart(TIMELINESS, 200, estimateText).rows[0]!;
    expect(new Set(wide.values.map((value) => value.baseline)).size).toBe(1);
    expect(new Set(narrow.values.map((value) => value.baseline)).size).toBeGreaterThan(1);
    expect(rightmostInk(layOutChart(TIMELINESS, 200, estimateText))).toBeLessThanOrEqual(200);
  });
});
