/** What an export hands back: the file, and what redaction did to it. */
import { z } from 'zod';
import { redactionSummary } from './redaction.ts';

export const exportResult = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
  summary: redactionSummary,
  /** Characters of text the gate extracted back out of the bytes and searched. */
  checkedCharacters: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative().nullable(),
});
export type ExportResult = z.infer<typeof exportResult>;

/** The first pages as they will print, for the exports screen: redacted blocks, no bytes. */
export const exportPreview = z.object({
  title: z.string(),
  subtitle: z.string(),
  marking: z.string(),
  sections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.string()) })),
  summary: redactionSummary,
  undecided: z.number().int().nonnegative(),
});
export type ExportPreview = z.infer<typeof exportPreview>;
