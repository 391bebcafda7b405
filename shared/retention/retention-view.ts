/**
 * What the retention screen shows and sends: what each rule makes due today, the closed-case
 * period, the record of what was deleted with the backups that may still hold it, and the three
 * things a person does there (set the period, record a report taken off the website, delete).
 */
import { z } from 'zod';
import { CASE_KINDS } from '../case-kinds.ts';
import { dateField } from '../reviews/fields.ts';
import { CLOSED_CASE_YEARS, DELETING_RULES } from './retention-rules.ts';

/** A draft sent out, as the distribution register has it: the copy is outside the store. */
export const copySentOut = z.object({
  version: z.number().int().positive(),
  recipient: z.string(),
  agency: z.string(),
  via: z.enum(['bundle', 'file']),
  sentAt: z.string(),
  deletionConfirmedOn: z.string().nullable(),
});
export type CopySentOut = z.infer<typeof copySentOut>;

export const draftsDue = z.object({
  reference: z.string(),
  /** The day the review ended: the case closed, or its report was published, whichever came first. */
  reviewEndedOn: z.string(),
  endedBy: z.enum(['closed', 'published']),
  /** The report's versions to delete: every one but the last. */
  draftVersions: z.array(z.number().int().positive()),
  /** The last version, which stays as the final report; null when the case has no report. */
  keptVersion: z.number().int().positive().nullable(),
  /** Redacted drafts kept among the case's documents when they went out as a bundle. */
  draftDocuments: z.number().int().nonnegative(),
  draftDocumentBytes: z.number().int().nonnegative(),
  copies: z.array(copySentOut),
});
export type DraftsDue = z.infer<typeof draftsDue>;

export const publicationDue = z.object({
  reference: z.string(),
  publishedOn: z.string(),
  /** The first day the policy's minimum time on the website has passed (the case's clock). */
  mayComeDownOn: z.string(),
  /** The case has a 7-minute briefing, which stays on the website. */
  hasBriefing: z.boolean(),
});
export type PublicationDue = z.infer<typeof publicationDue>;

export const takenOffWebsite = z.object({
  reference: z.string(),
  publishedOn: z.string(),
  takenOffOn: z.string(),
});
export type TakenOffWebsite = z.infer<typeof takenOffWebsite>;

export const securedAwaiting = z.object({
  reference: z.string(),
  agency: z.string(),
  closedOn: z.string(),
  /** `this-app`: a set held in this store; `agency`: the Business Unit's record of securing done elsewhere. */
  heldIn: z.enum(['this-app', 'agency']),
  /** The nominated representative of a set held here. */
  representative: z.string().nullable(),
  files: z.number().int().nonnegative().nullable(),
  instruction: z.enum(['release', 'destroy']).nullable(),
  instructionGivenOn: z.string().nullable(),
});
export type SecuredAwaiting = z.infer<typeof securedAwaiting>;

export const closedCaseDue = z.object({
  reference: z.string(),
  kind: z.enum(CASE_KINDS),
  closedOn: z.string(),
  dueOn: z.string(),
  documents: z.number().int().nonnegative(),
  documentBytes: z.number().int().nonnegative(),
  /** Why it cannot be deleted yet, in sentences; empty when it can. */
  blockers: z.array(z.string()),
});
export type ClosedCaseDue = z.infer<typeof closedCaseDue>;

export const backupHolding = z.object({
  folder: z.string(),
  createdAt: z.string(),
  verifiedAt: z.string().nullable(),
});
export type BackupHolding = z.infer<typeof backupHolding>;

export const deletionView = z.object({
  id: z.number().int().positive(),
  rule: z.enum(DELETING_RULES),
  reference: z.string(),
  deletedAt: z.string(),
  deletedBy: z.string(),
  /** Rows removed, by table. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
  rows: z.number().int().nonnegative(),
  detailsErased: z.number().int().nonnegative(),
  /** Every backup in the register made before the deletion: each may still hold what went. */
  backups: z.array(backupHolding),
});
export type DeletionView = z.infer<typeof deletionView>;

export const retentionView = z.object({
  today: z.string(),
  closedCaseYears: z.number().int().positive().nullable(),
  drafts: z.array(draftsDue),
  publications: z.array(publicationDue),
  takenOff: z.array(takenOffWebsite),
  securedSets: z.array(securedAwaiting),
  closedCases: z.array(closedCaseDue),
  /** Newest first. */
  history: z.array(deletionView),
});
export type RetentionView = z.infer<typeof retentionView>;

export const deletionReport = z.object({
  deletion: deletionView,
  /** The store file's size before the deletion and after its space was freed. */
  bytesBefore: z.number().int().nonnegative(),
  bytesAfter: z.number().int().nonnegative(),
  view: retentionView,
});
export type DeletionReport = z.infer<typeof deletionReport>;

const yearsMessage = `Enter a whole number of years from ${CLOSED_CASE_YEARS.minimum} to ${CLOSED_CASE_YEARS.maximum}, or leave it blank for no period`;

export const closedCasePeriodInput = z
  .object({
    years: z.number({ error: yearsMessage }).int(yearsMessage).min(CLOSED_CASE_YEARS.minimum, yearsMessage).max(CLOSED_CASE_YEARS.maximum, yearsMessage).nullable(),
  })
  .strict();
export type ClosedCasePeriodInput = z.input<typeof closedCasePeriodInput>;

const reference = z.string().trim().min(1, 'Enter the case reference').max(40, 'Enter a case reference of at most 40 characters');

export const takenOffInput = z.object({ reference, takenOffOn: dateField('the date it was taken off the website') }).strict();
export type TakenOffInput = z.input<typeof takenOffInput>;

export const deletionInput = z
  .object({
    rule: z.enum(DELETING_RULES, { error: 'Choose what to delete' }),
    reference,
    confirmReference: z.string().trim().max(40, 'Type the case reference exactly as shown'),
  })
  .strict();
export type DeletionInput = z.input<typeof deletionInput>;
