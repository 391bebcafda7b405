/**
 * The words the annual figures' workbook and PDF share: the title, the period, which date puts a
 * record in the period, and how a figure is printed. One place, so the two files say the same.
 */
import { financialYearName, financialYearOf, type FigureTable, type FiguresView } from '../../../shared/figures/figures.ts';
import { dateInWords } from './date-words.ts';

/** The same rules as shared/figures/figures.ts states for the figures it computes. */
export const FIGURES_DATE_RULES: readonly string[] = [
  'A referral counts in the period by the date it was received.',
  'A review counts by the date it was decided.',
  'A clock counts by its due date; one still open after its due date counts as missed.',
  'An action counts by its due date.',
  'A learning event or reflective session counts by the date it was held.',
  'Family feedback counts by the date it was given.',
  'An agency summary counts by the date it was saved.',
  'Both the first and the last day of the period are included.',
];

/** Blank, as on the screen and in the workbook, and as the figures' descriptions say. */
export const NOT_APPLICABLE = '';
export const NOT_APPLICABLE_MEANING = 'A blank number means not applicable: for example, a median of days when nothing in the period was completed.';

/** Whether the period is exactly one financial year (1 April to 31 March). */
function isFinancialYear(view: Pick<FiguresView, 'from' | 'to'>): boolean {
  const year = financialYearOf(view.from);
  return year.from === view.from && year.to === view.to;
}

/** "1 April 2025 to 31 March 2026". */
export function periodInWords(view: Pick<FiguresView, 'from' | 'to'>): string {
  return `${dateInWords(view.from)} to ${dateInWords(view.to)}`;
}

/** "Annual figures 2025–26" for a financial year; otherwise the period's dates. */
export function figuresTitle(view: Pick<FiguresView, 'from' | 'to'>): string {
  return isFinancialYear(view) ? `Annual figures ${financialYearName(view.from)}` : `Annual figures ${periodInWords(view)}`;
}

/** A count or a number of days as the annual report prints it: "1,204", "12.5", or blank. */
export function figureText(value: number | null): string {
  if (value === null) return NOT_APPLICABLE;
  return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** "Referrals by kind: Rapid review", with the column when the table has more than one. */
export function cellDescription(table: FigureTable, rowLabel: string, columnIndex: number): string {
  const column = table.columns[columnIndex];
  return table.columns.length > 1 && column !== undefined ? `${table.title}: ${rowLabel}, ${column.label}` : `${table.title}: ${rowLabel}`;
}
