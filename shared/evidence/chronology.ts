/**
 * The Significant Practice Event chronology (DOMAIN.md, "Chronologies"; policy section 15): one
 * row per event with the five principles and the six significance tests. The template the app
 * generates, the reader of returned files, the command line's JSON and the composite all use
 * these names, so a column means the same thing everywhere.
 */
import { z } from 'zod';

export const PRINCIPLES = ['risk', 'response', 'impact', 'partnership', 'learning'] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const PRINCIPLE_LABELS: Readonly<Record<Principle, string>> = {
  risk: 'Risk',
  response: 'Response',
  impact: 'Impact',
  partnership: 'Partnership',
  learning: 'Learning',
};

/** What each principle asks, for the template's instructions and the screens' hints. */
export const PRINCIPLE_QUESTIONS: Readonly<Record<Principle, string>> = {
  risk: 'How did risk present?',
  response: 'What did your agency do?',
  impact: 'How did the response affect the risk and the child’s lived experience?',
  partnership: 'What multi-agency considerations were there?',
  learning: 'What learning does this event show, particularly anything significant or new?',
};

export const SIGNIFICANCE_TESTS = ['changedAssessment', 'partOfPattern', 'statutoryEvent', 'significantToChild', 'significantToKeyAdult', 'learningPoint'] as const;
export type SignificanceTest = (typeof SIGNIFICANCE_TESTS)[number];

export const SIGNIFICANCE_TEST_LABELS: Readonly<Record<SignificanceTest, string>> = {
  changedAssessment: 'Changed (or could have changed) the assessment',
  partOfPattern: 'Part of a pattern',
  statutoryEvent: 'Statutory event (conference, court)',
  significantToChild: 'Significant to the child',
  significantToKeyAdult: 'Significant to a key adult',
  learningPoint: 'A learning point',
};

/** Every field a chronology row carries, in the template's column order. */
export const CHRONOLOGY_FIELDS = ['date', 'time', 'agency', 'source', 'event', ...PRINCIPLES, ...SIGNIFICANCE_TESTS] as const;
export type ChronologyField = (typeof CHRONOLOGY_FIELDS)[number];

/** The header text of each column in the template the app generates (the reader also knows agencies' own names for them). */
export const TEMPLATE_HEADERS: Readonly<Record<ChronologyField, string>> = {
  date: 'Date',
  time: 'Time',
  agency: 'Agency',
  source: 'Source',
  event: 'Event',
  risk: 'Risk',
  response: 'Response',
  impact: 'Impact',
  partnership: 'Partnership',
  learning: 'Learning',
  changedAssessment: 'Changed the assessment?',
  partOfPattern: 'Part of a pattern?',
  statutoryEvent: 'Statutory event?',
  significantToChild: 'Significant to the child?',
  significantToKeyAdult: 'Significant to a key adult?',
  learningPoint: 'Learning point?',
};

/** The sheet names of the template workbook. */
export const TEMPLATE_SHEETS = { instructions: 'Instructions', summary: 'Agency summary', chronology: 'Chronology' } as const;

/** Labels of the header block above the chronology's header row (the reader takes the agency from it). */
export const TEMPLATE_HEADER_BLOCK = { reference: 'Case reference', agency: 'Agency', author: 'Author', date: 'Date completed' } as const;

export const significanceTests = z.object(Object.fromEntries(SIGNIFICANCE_TESTS.map((test) => [test, z.boolean().nullable()])) as Record<SignificanceTest, z.ZodNullable<z.ZodBoolean>>);
export type SignificanceTests = z.infer<typeof significanceTests>;

/** One row read from a returned chronology: the command line's JSON shape. */
export const chronologyRow = z.object({
  /** The sheet's name as the workbook shows it. */
  sheet: z.string(),
  /** The row number Excel shows (1-based). */
  row: z.number().int().positive(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  /** From the row's own agency column, else the header block's "Agency", else null. */
  agency: z.string().nullable(),
  source: z.string(),
  event: z.string(),
  risk: z.string(),
  response: z.string(),
  impact: z.string(),
  partnership: z.string(),
  learning: z.string(),
  tests: significanceTests,
});
export type ChronologyRow = z.infer<typeof chronologyRow>;

/** One thing the reader could not read, by where it is: the sheet, Excel's row number, and the column. */
export const chronologyProblem = z.object({
  sheet: z.string(),
  /** 0 for a problem about the whole sheet (skipped, no header row). */
  row: z.number().int().nonnegative(),
  /** The column letter with its header text, "C (Date of event)"; null when the problem is about a row or a sheet. */
  column: z.string().nullable(),
  message: z.string(),
});
export type ChronologyProblem = z.infer<typeof chronologyProblem>;

export const chronologyReadResult = z.object({
  rows: z.array(chronologyRow),
  problems: z.array(chronologyProblem),
});
export type ChronologyReadResult = z.infer<typeof chronologyReadResult>;

/** The most a returned file may be (before anything is parsed), and what its zip may inflate to. */
export const CHRONOLOGY_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 500 * 1024 * 1024,
  maxCompressionRatio: 100,
} as const;

/** The template's own sheets that hold no chronology: skipping them loses nothing. */
const TEMPLATE_OTHER_SHEETS: ReadonlySet<string> = new Set([TEMPLATE_SHEETS.instructions, TEMPLATE_SHEETS.summary].map((name) => name.toLowerCase()));

/**
 * The problems a person must accept before the rest is imported: every row that could not be
 * read, and every sheet skipped except the template's instructions and summary sheets (a
 * skipped sheet of the agency's own may hold events under a header the reader did not know).
 * Main refuses an acceptance without the say-so; the screen asks by the same rule.
 */
export function problemsToAccept(problems: readonly ChronologyProblem[]): ChronologyProblem[] {
  return problems.filter((problem) => problem.row > 0 || !TEMPLATE_OTHER_SHEETS.has(problem.sheet.trim().toLowerCase()));
}
