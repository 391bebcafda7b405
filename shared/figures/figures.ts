/**
 * The partnership's annual figures (policy section 21; DOMAIN.md "Annual performance figures")
 * for a chosen period, a financial year by default. One shape serves the screen, the workbook,
 * the annual-report PDF and the command line, so each shows the same numbers.
 *
 * Which date puts a record in the period: a referral by the date it was received, a review by the
 * date it was decided, a clock by its due date, an action by its due date, a learning event by the
 * date it was held, family feedback by the date it was given, an agency summary by the date written
 * on it as completed (or, when that is blank, the date it was saved). Both ends of the period are
 * included. docs/figures.md names every figure and its rule.
 */
import { z } from 'zod';
import { dateField } from '../reviews/fields.ts';

export const figuresPeriod = z
  .object({
    from: dateField('the first day of the period'),
    to: dateField('the last day of the period'),
  })
  .strict()
  .superRefine((period, context) => {
    if (period.to < period.from) context.addIssue({ code: 'custom', path: ['to'], message: 'Enter a last day on or after the first day' });
  });
export type FiguresPeriod = z.infer<typeof figuresPeriod>;

/** One number, named as the Summary sheet and the reference page name it: "timeliness.screening.met". */
export const figureCell = z.object({
  name: z.string(),
  /** null: not applicable (a median with nothing completed). */
  value: z.number().nullable(),
});
export type FigureCell = z.infer<typeof figureCell>;

export const figureRow = z.object({ key: z.string(), label: z.string(), cells: z.array(figureCell) });
export type FigureRow = z.infer<typeof figureRow>;

/**
 * One figure: a table with its columns (one "Number" column for a simple count), drawn as a
 * bar chart (one bar per row) or a stacked bar chart (a bar per row, a segment per column), or
 * not drawn when its numbers are not counts of one thing (medians).
 */
export const figureTable = z.object({
  key: z.string(),
  title: z.string(),
  description: z.string(),
  /** The section of the annual report it belongs to. */
  section: z.enum(['how-much', 'how-well', 'difference-made']),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(figureRow),
  chart: z.enum(['bar', 'stacked-bar', 'none']),
});
export type FigureTable = z.infer<typeof figureTable>;

export const figuresView = z.object({
  from: z.string(),
  to: z.string(),
  today: z.string(),
  tables: z.array(figureTable),
});
export type FiguresView = z.infer<typeof figuresView>;

export const FIGURE_SECTION_TITLES: Readonly<Record<FigureTable['section'], string>> = {
  'how-much': 'How much did we do?',
  'how-well': 'How well did we do it?',
  'difference-made': 'What difference did it make?',
};

/** Every figure as the Summary sheet lists it: name and value, in the screen's order. */
export function summaryRows(view: FiguresView): FigureCell[] {
  return view.tables.flatMap((table) => table.rows.flatMap((row) => row.cells));
}

/** The financial year (1 April to 31 March) that holds `date`. */
export function financialYearOf(date: string): FiguresPeriod {
  const year = Number(date.slice(0, 4));
  const start = date.slice(5) >= '04-01' ? year : year - 1;
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** "2025–26" for the financial year starting 1 April 2025. */
export function financialYearName(from: string): string {
  const year = Number(from.slice(0, 4));
  return `${year}–${String((year + 1) % 100).padStart(2, '0')}`;
}

/** A name part from a label: "Greater Manchester Police" → "greater_manchester_police"; "rapid-review" → "rapid_review". */
export function figureKey(label: string): string {
  const key = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return key === '' ? 'unnamed' : key;
}
