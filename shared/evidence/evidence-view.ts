/** Everything a case's agency evidence screens show, in one view that every evidence call returns. */
import { z } from 'zod';
import { agencySummaryForm, QUALITY_RATINGS } from './agency-summary.ts';
import { chronologyProblem, chronologyRow } from './chronology.ts';
import { compositeView } from './composite.ts';
import { requestView } from './requests.ts';

export const summaryView = z.object({
  agency: z.string(),
  form: agencySummaryForm,
  /** Typed in on screen, or read from the agency's returned workbook. */
  source: z.enum(['entered', 'imported']),
  savedBy: z.string(),
  savedAt: z.string(),
  rating: z
    .object({ rating: z.enum(QUALITY_RATINGS), note: z.string(), ratedBy: z.string(), ratedAt: z.string() })
    .nullable(),
});
export type SummaryView = z.infer<typeof summaryView>;

/** An accepted chronology return: the file it came from (kept in the case's documents) and what could not be read. */
export const chronologyReturnView = z.object({
  id: z.number().int(),
  agency: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  rowCount: z.number().int(),
  /** Rows and sheets that could not be read, listed with the return so nothing is silently dropped. */
  problems: z.array(chronologyProblem),
  importedBy: z.string(),
  importedAt: z.string(),
  /** The returned file, kept in the case's documents. */
  documentId: z.number().int(),
});
export type ChronologyReturnView = z.infer<typeof chronologyReturnView>;

export const evidenceView = z.object({
  reference: z.string(),
  today: z.string(),
  canEdit: z.boolean(),
  /** The agencies involved in the case (from its referral and requests), in name order. */
  agencies: z.array(z.string()),
  /** Every agency the partnership knows, for choosing who a request goes to. */
  knownAgencies: z.array(z.string()),
  requests: z.array(requestView),
  summaries: z.array(summaryView),
  returns: z.array(chronologyReturnView),
  composite: compositeView,
  /** Whether an administrator has set the letterhead (letters cannot be made without it). */
  letterheadSet: z.boolean(),
});
export type EvidenceView = z.infer<typeof evidenceView>;

/** What a chronology import would do, shown before it is accepted. */
export const chronologyPreview = z.object({
  agency: z.string(),
  fileName: z.string(),
  /** Sent back with the acceptance, so what is accepted is exactly what was previewed. */
  sha256: z.string(),
  rows: z.array(chronologyRow),
  problems: z.array(chronologyProblem),
  /** The return this one would replace, if the agency already has one. */
  replacesReturnId: z.number().int().nullable(),
});
export type ChronologyPreview = z.infer<typeof chronologyPreview>;
