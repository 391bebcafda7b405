/**
 * The short description a screen reader gives for a chart (its SVG's <desc>): what kind of
 * chart, what each bar is, and the numbers while there are few enough to hear; the table after
 * the chart always has them all.
 */
import type { FigureTable } from '../../shared/figures/figures.ts';
import { chartKind } from './chart-layout.ts';
import { formatFigure } from './figure-words.ts';

/** More rows than this and the numbers are left to the table: a description is heard in one go. */
const MOST_ROWS_READ_OUT = 8;

export function describeChart(table: FigureTable): string {
  const rowCount = table.rows.length === 1 ? 'one bar' : `a bar for each of ${table.rows.length} rows`;
  const ending = 'The table after the chart gives the same numbers.';
  if (chartKind(table) === 'bar') {
    const numbers = table.rows.map((row) => `${row.label}: ${formatFigure(row.cells[0]?.value ?? null)}`);
    return [`A horizontal bar chart with ${rowCount}.`, readOut(numbers), ending].filter((part) => part !== '').join(' ');
  }
  const columns = table.columns.map((column) => column.label).join(', ');
  const numbers = table.rows.map((row) => `${row.label}: ${table.columns.map((column, index) => `${column.label} ${formatFigure(row.cells[index]?.value ?? null)}`).join(', ')}`);
  return [`A horizontal stacked bar chart with ${rowCount}, each split into ${columns}.`, readOut(numbers), ending].filter((part) => part !== '').join(' ');
}

function readOut(numbers: readonly string[]): string {
  return numbers.length === 0 || numbers.length > MOST_ROWS_READ_OUT ? '' : `${numbers.join('; ')}.`;
}
