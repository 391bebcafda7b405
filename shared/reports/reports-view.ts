/** What the case's Report section shows: the report and its versions, and everything around it. */
import { z } from 'zod';
import { assuranceView } from './assurance.ts';
import { caseDiscussion } from './discussion.ts';
import { distributionView } from './distribution.ts';
import { candidateView, placeView, registerEntry } from './redaction.ts';
import { briefingContent, reportContent } from './report-document.ts';

export const reportVersionView = z.object({ version: z.number().int().positive(), savedBy: z.string(), savedAt: z.string(), reason: z.string() });
export type ReportVersionView = z.infer<typeof reportVersionView>;

export const reportsView = z.object({
  reference: z.string(),
  /** Whether this person may write the report, decide redactions and export. */
  canWrite: z.boolean(),
  content: reportContent,
  /** Null until the first version is saved. */
  version: z.number().int().positive().nullable(),
  versions: z.array(reportVersionView),
  executiveSummary: z.object({ pages: z.number().int().nonnegative(), tooLong: z.boolean() }),
  assurance: z.array(assuranceView),
  discussion: caseDiscussion.nullable(),
  register: z.array(registerEntry),
  places: z.array(placeView),
  candidates: z.array(candidateView),
  distributions: z.array(distributionView),
  briefing: briefingContent.nullable(),
  /** Other cases whose learning the briefing also covers (a theme across several reviews). */
  briefingCovers: z.array(z.string()),
  /** Whether the case has a rapid review meeting record to build the Rapid Review Meeting Report from. */
  hasRapidReview: z.boolean(),
});
export type ReportsView = z.infer<typeof reportsView>;
