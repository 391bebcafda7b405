/** How the figures screen writes a number, a period and an empty year, the same in charts and tables. */
import { summaryRows, type FiguresPeriod, type FiguresView } from '../../shared/figures/figures.ts';
import { formatDate } from '../components/format-date.ts';

export const NOT_APPLICABLE = 'Not applicable';

/** A figure as the screen shows it: "1,234", "4.5", or "Not applicable" for a median of nothing. */
export function formatFigure(value: number | null): string {
  return value === null ? NOT_APPLICABLE : value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** "1 April 2025 to 31 March 2026". */
export function periodWords(period: FiguresPeriod): string {
  return `${formatDate(period.from)} to ${formatDate(period.to)}`;
}

/** All zeros is a valid answer for a quiet period: the screen says so, and still shows every table. */
export function nothingRecorded(view: FiguresView): boolean {
  return summaryRows(view).every((cell) => cell.value === null || cell.value === 0);
}
