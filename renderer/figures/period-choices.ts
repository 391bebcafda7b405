/**
 * The periods offered above the figures: this financial year and the few before it, or other
 * dates. A financial year runs from 1 April to 31 March (financialYearOf in shared/figures).
 */
import { financialYearName, financialYearOf, type FiguresPeriod } from '../../shared/figures/figures.ts';

/** This financial year and the four before it: enough for an annual report's comparisons. */
const YEARS_OFFERED = 5;

/** The choice that is not a financial year: two dates typed in. */
export const OTHER_DATES = 'other';

export interface PeriodChoice {
  /** The first day of the financial year, or OTHER_DATES. */
  readonly value: string;
  readonly label: string;
}

/** The financial years offered, newest first, as of `today`. */
export function financialYearsBefore(today: string): FiguresPeriod[] {
  const current = financialYearOf(today);
  const startYear = Number(current.from.slice(0, 4));
  return Array.from({ length: YEARS_OFFERED }, (_, back) => financialYearOf(`${startYear - back}-04-01`));
}

export function periodChoices(today: string): PeriodChoice[] {
  return [
    ...financialYearsBefore(today).map((year) => ({ value: year.from, label: `${financialYearName(year.from)} financial year` })),
    { value: OTHER_DATES, label: 'Other dates' },
  ];
}

/** Which choice a period is: one of the financial years offered, or other dates. */
export function choiceFor(period: FiguresPeriod, today: string): string {
  const year = financialYearsBefore(today).find((offered) => offered.from === period.from && offered.to === period.to);
  return year === undefined ? OTHER_DATES : year.from;
}

/** The period a financial-year choice stands for. */
export function periodForYear(from: string): FiguresPeriod {
  return financialYearOf(from);
}
