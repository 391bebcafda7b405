/**
 * The Agency Summary Form (toolkit item 4; policy section 18): each involved agency's account of
 * its work with the child and family, returned with its chronology within 5 working days of the
 * request. The same fields make the form on screen, the "Agency summary" sheet of the template
 * workbook the app sends, the import of a returned workbook, and the meeting pack's pages.
 */
import { z } from 'zod';
import { LONG_TEXT, optionalDateField, optionalText, requiredText } from '../reviews/fields.ts';

export const SUMMARY_FIELDS = [
  'authorName',
  'authorRole',
  'completedOn',
  'involvementFrom',
  'involvementTo',
  'involvement',
  'livedExperience',
  'analysis',
  'goodPractice',
  'learning',
  'immediateActions',
  'otherAgencies',
] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

/** Each field's label, as the form and the template's "Agency summary" sheet show it. */
export const SUMMARY_LABELS: Readonly<Record<SummaryField, string>> = {
  authorName: 'Completed by (name)',
  authorRole: 'Job title',
  completedOn: 'Date completed',
  involvementFrom: 'Involvement from (date)',
  involvementTo: 'Involvement to (date)',
  involvement: 'Summary of your agency’s involvement with the child and family',
  livedExperience: 'What your agency knew of the child’s lived experience',
  analysis: 'Analysis: what went well and what could have been done differently',
  goodPractice: 'Good practice identified',
  learning: 'Learning identified for your agency or the partnership',
  immediateActions: 'Actions already taken, or needed now, to keep children safe',
  otherAgencies: 'Other agencies involved, and information shared with them',
};

/** The fields that are dates (YYYY-MM-DD) rather than text. */
export const SUMMARY_DATE_FIELDS: ReadonlySet<SummaryField> = new Set(['completedOn', 'involvementFrom', 'involvementTo']);

export const agencySummaryForm = z.object({
  authorName: requiredText('the name of the person who completed the summary', 120),
  authorRole: optionalText('their job title', 200),
  completedOn: optionalDateField('the date the summary was completed').default(null),
  involvementFrom: optionalDateField('the date your agency’s involvement began').default(null),
  involvementTo: optionalDateField('the date your agency’s involvement ended').default(null),
  involvement: requiredText('a summary of your agency’s involvement', LONG_TEXT),
  livedExperience: optionalText('the child’s lived experience', LONG_TEXT),
  analysis: optionalText('the analysis', LONG_TEXT),
  goodPractice: optionalText('the good practice', LONG_TEXT),
  learning: optionalText('the learning', LONG_TEXT),
  immediateActions: optionalText('the actions', LONG_TEXT),
  otherAgencies: optionalText('the other agencies involved', LONG_TEXT),
});
export type AgencySummaryForm = z.infer<typeof agencySummaryForm>;
export type AgencySummaryInput = z.input<typeof agencySummaryForm>;

/** The Business Unit's judgement of a summary's quality (the annual "quality of agency summaries" figure counts these). */
export const QUALITY_RATINGS = ['good', 'requires-improvement', 'inadequate'] as const;
export type QualityRating = (typeof QUALITY_RATINGS)[number];
export const QUALITY_RATING_LABELS: Readonly<Record<QualityRating, string>> = {
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};

export const qualityRatingInput = z.object({
  rating: z.enum(QUALITY_RATINGS, { error: 'Choose a quality rating' }),
  /** Why: what made it good, or what was missing. */
  note: optionalText('the reason for the rating', 2000),
});
export type QualityRatingInput = z.input<typeof qualityRatingInput>;
