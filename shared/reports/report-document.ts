/**
 * The documents a review produces, as structured text: sections of headings, paragraphs,
 * lists and tables. One shape serves the review report, the Rapid Review Meeting Report and the
 * 7-minute briefing, so that redaction, the PDF and the .docx each have one input to handle.
 */
import { z } from 'zod';

/** Longest text in one block: a long paragraph pasted from Word still fits. */
export const BLOCK_TEXT_MAX = 50_000;
const text = z.string().max(BLOCK_TEXT_MAX, `Enter at most ${BLOCK_TEXT_MAX.toLocaleString('en-GB')} characters in one paragraph`);

export const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text }).strict(),
  z.object({ type: z.literal('paragraph'), text }).strict(),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(text).min(1, 'A list needs at least one item').max(500) }).strict(),
  z
    .object({
      type: z.literal('table'),
      /** Whether the first row is the table's header row. */
      headerRow: z.boolean(),
      rows: z.array(z.array(text).max(20, 'A table may have at most 20 columns')).min(1, 'A table needs at least one row').max(2000),
    })
    .strict(),
]);
export type Block = z.infer<typeof block>;

/** The review report's sections, in the order the policy lists them, after the executive summary. */
export const REPORT_SECTIONS = [
  'executive-summary',
  'questions',
  'overview',
  'key-decisions',
  'working-together',
  'general-shortcomings',
  'what-must-change',
  'how-agencies-learn',
  'learning-points',
  'recommendations',
] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number];

export const REPORT_SECTION_TITLES: Readonly<Record<ReportSectionKey, string>> = {
  'executive-summary': 'Executive summary',
  questions: 'The questions this review answers',
  overview: 'Overview of what happened',
  'key-decisions': 'Why key decisions were taken',
  'working-together': 'How agencies worked together',
  'general-shortcomings': 'Whether the shortcomings are general',
  'what-must-change': 'What must change',
  'how-agencies-learn': 'How agencies will learn',
  'learning-points': 'Learning points',
  recommendations: 'Recommendations',
};

export const reportSection = z.object({ key: z.enum(REPORT_SECTIONS), blocks: z.array(block).max(5000) }).strict();
export type ReportSection = z.infer<typeof reportSection>;

/** The report's content: every section, each possibly empty, in REPORT_SECTIONS order. */
export const reportContent = z
  .object({ title: z.string().trim().max(300, 'Enter a title of at most 300 characters').default(''), sections: z.array(reportSection) })
  .strict()
  .refine((content) => content.sections.length === REPORT_SECTIONS.length && content.sections.every((section, index) => section.key === REPORT_SECTIONS[index]), {
    message: 'The report must have each section once, in order',
  });
export type ReportContent = z.infer<typeof reportContent>;

export function emptyReportContent(): ReportContent {
  return { title: '', sections: REPORT_SECTIONS.map((key) => ({ key, blocks: [] })) };
}

/** Why a version of the report was saved: every version keeps it, with who and when. */
export const versionReason = z.string().trim().min(3, 'Say why you are saving this version, for example “after the review group’s comments”').max(500, 'Enter a reason of at most 500 characters');

/** What can be exported: each kind in PDF and .docx. */
export const EXPORT_KINDS = ['publication', 'draft', 'rapid-review', 'briefing'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_KIND_LABELS: Readonly<Record<ExportKind, string>> = {
  publication: 'Publication copy',
  draft: 'Redacted draft for factual accuracy',
  'rapid-review': 'Rapid Review Meeting Report',
  briefing: '7-minute briefing',
};
export const EXPORT_FORMATS = ['pdf', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * A document ready to print: what the PDF and .docx writers take. Built from a report (or the
 * rapid review's records, or the briefing) and already redacted when it leaves the app.
 */
export interface PrintableDocument {
  readonly title: string;
  /** Under the title on the first page: "Local child safeguarding practice review", the case's published name. */
  readonly subtitle: string;
  /** `key` names the section in a redaction place ("report/overview/3"): lower case, digits and hyphens. */
  readonly sections: readonly PrintableSection[];
  /** A 7-minute briefing is set compactly, its seven sections numbered, on one or two pages. */
  readonly layout: 'report' | 'briefing';
}
export interface PrintableSection {
  readonly key: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** How a printable document is marked. */
export type PrintMarking =
  /** Pseudonymised, for the public: no watermark, no marking, neutral metadata. */
  | { readonly mode: 'publication' }
  /** Redacted, for one named recipient: DRAFT across every page, their name and OFFICIAL-SENSITIVE on every page. */
  | { readonly mode: 'draft'; readonly recipient: string }
  /** Not for publication (the Rapid Review Meeting Report to the National Panel): OFFICIAL-SENSITIVE on every page. */
  | { readonly mode: 'official-sensitive' };

/** The executive summary may be at most two A4 pages as rendered (policy: a short summary). */
export const EXECUTIVE_SUMMARY_MAX_PAGES = 2;

/** The Rapid Review Meeting Report's sections, in the National Panel's structure. */
export const RAPID_REVIEW_SECTIONS = ['facts', 'immediate-actions', 'learning', 'decision', 'national-review'] as const;
export type RapidReviewSectionKey = (typeof RAPID_REVIEW_SECTIONS)[number];
export const RAPID_REVIEW_SECTION_TITLES: Readonly<Record<RapidReviewSectionKey, string>> = {
  facts: 'The facts of the case',
  'immediate-actions': 'Immediate actions taken',
  learning: 'Learning identified so far',
  decision: 'The decision and its rationale',
  'national-review': 'Whether a national review may be appropriate',
};

/** A 7-minute briefing has exactly seven numbered sections. */
export const BRIEFING_SECTION_COUNT = 7;
export const briefingSection = z.object({ heading: z.string().trim().min(1, 'Enter the section’s heading').max(120), text: z.string().trim().min(1, 'Enter the section’s text').max(1500, 'Keep each section to 1,500 characters: the briefing is one or two pages') }).strict();
export const briefingContent = z.object({ title: z.string().trim().min(1, 'Enter the briefing’s title').max(200), sections: z.array(briefingSection).length(BRIEFING_SECTION_COUNT, 'A 7-minute briefing has seven sections') }).strict();
export type BriefingContent = z.infer<typeof briefingContent>;
