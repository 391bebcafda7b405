/**
 * What the screens of the exchange see: a case's bundles sent and received with where each of
 * its requests, decisions and drafts stands; the preview of a bundle about to be imported; and
 * the tasks bundles opened on this install.
 */
import { z } from 'zod';
import { confirmationInput } from '../vault/securing.ts';
import { BUNDLE_KINDS } from './bundle.ts';
import { DECISION_RECORD_TYPES } from './payloads.ts';

const party = z.object({ contactId: z.number().int(), organisation: z.string(), installName: z.string() });

export const bundleLogRow = z.object({
  bundleId: z.string(),
  direction: z.enum(['sent', 'received']),
  kind: z.enum(BUNDLE_KINDS),
  contact: party,
  ourReference: z.string().nullable(),
  theirReference: z.string().nullable(),
  /** Lines saying what it carried or what importing it did. */
  summary: z.array(z.string()),
  by: z.string(),
  at: z.string(),
});
export type BundleLogRow = z.infer<typeof bundleLogRow>;

const sentRef = z.object({ bundleId: z.string(), to: party, at: z.string() }).nullable();
const receivedRef = z.object({ bundleId: z.string(), from: party, at: z.string() }).nullable();

export const exchangeCaseView = z.object({
  reference: z.string(),
  /** Trusted contacts a bundle can go to. */
  contacts: z.array(party),
  requests: z.array(
    z.object({ requestId: z.number().int(), agency: z.string(), state: z.enum(['awaiting', 'overdue', 'received']), dueOn: z.string(), receivedOn: z.string().nullable(), sent: sentRef, returned: receivedRef }),
  ),
  decisions: z.array(
    z.object({
      recordId: z.number().int(),
      recordType: z.enum(DECISION_RECORD_TYPES),
      /** "Endorsement by A Person (Police)", "Declaration of interest by …". */
      label: z.string(),
      personName: z.string(),
      /** The current entry was made here on the person's behalf (not yet signed by them). */
      onBehalf: z.boolean(),
      requested: sentRef,
      signed: receivedRef,
      /** Earlier entries the signed one replaced, oldest first. */
      history: z.array(z.object({ enteredBy: z.string(), enteredAt: z.string(), replacedAt: z.string(), summary: z.string() })),
    }),
  ),
  drafts: z.array(z.object({ recordId: z.number().int(), agency: z.string(), sentOn: z.string(), returnedOn: z.string().nullable(), sent: sentRef, reply: receivedRef })),
  documents: z.array(z.object({ id: z.number().int(), name: z.string(), mediaType: z.string(), size: z.number().int() })),
  log: z.array(bundleLogRow),
  canSend: z.boolean(),
});
export type ExchangeCaseView = z.infer<typeof exchangeCaseView>;

export const importPreview = z.object({
  stagedId: z.number().int(),
  /** The file's SHA-256: applying is refused if the file changed since this preview. */
  sha256: z.string(),
  bundleId: z.string(),
  kind: z.enum(BUNDLE_KINDS),
  from: z.object({ organisation: z.string(), installName: z.string(), fingerprint: z.string(), userName: z.string() }),
  createdAt: z.string(),
  caseReference: z.object({ theirs: z.string().nullable(), ours: z.string().nullable() }),
  /** What applying it will do, line by line. */
  willDo: z.array(z.string()),
  warnings: z.array(z.string()),
  /** A chronology with rows that could not be read: applying needs them accepted knowingly. */
  problemsToAccept: z.array(z.string()),
  /** For a bundle that opens a task: whom it can be given to, and the suggestion. */
  assignees: z.array(z.string()),
  suggestedAssignee: z.string().nullable(),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importOptions = z
  .object({
    assignTo: z.string().trim().max(100).nullable().default(null),
    acceptProblems: z.boolean().default(false),
  })
  .strict();
export type ImportOptions = z.infer<typeof importOptions>;

export const importResult = z.object({
  kind: z.enum(BUNDLE_KINDS),
  bundleId: z.string(),
  /** The case on this install it changed or made, if any. */
  caseReference: z.string().nullable(),
  taskId: z.number().int().nullable(),
  applied: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResult>;

export const TASK_KINDS = ['request', 'decision-request', 'draft', 'actions'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const taskSummary = z.object({
  id: z.number().int(),
  kind: z.enum(TASK_KINDS),
  title: z.string(),
  from: z.object({ organisation: z.string(), installName: z.string() }),
  theirReference: z.string(),
  dueOn: z.string().nullable(),
  state: z.enum(['open', 'answered']),
  assignedTo: z.string(),
  receivedAt: z.string(),
  answeredAt: z.string().nullable(),
});
export type TaskSummary = z.infer<typeof taskSummary>;

export const taskView = taskSummary.extend({
  /** The bundle's payload, as checked on import (shared/exchange/payloads.ts by kind). */
  payload: z.record(z.string(), z.unknown()),
  files: z.array(z.object({ id: z.number().int(), name: z.string(), mediaType: z.string(), size: z.number().int() })),
  canAnswer: z.boolean(),
});
export type TaskView = z.infer<typeof taskView>;

/** A bundle made: saved where the person chooses by redeeming the ticket. */
export const bundleMade = z.object({ bundleId: z.string(), fileName: z.string(), ticket: z.string(), size: z.number().int().nonnegative(), summary: z.array(z.string()) });
export type BundleMade = z.infer<typeof bundleMade>;

export const returnAnswer = z
  .object({
    stagedWorkbook: z.number({ error: 'Choose the completed workbook' }).int().positive('Choose the completed workbook'),
    securing: confirmationInput.nullable(),
    note: z.string().trim().max(2000, 'Enter a note of at most 2,000 characters').default(''),
  })
  .strict();
export type ReturnAnswer = z.input<typeof returnAnswer>;

export const decisionAnswer = z
  .object({
    decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date of the decision'),
    /** The entry's data, as the record type's schema requires. */
    data: z.record(z.string(), z.unknown()),
  })
  .strict();
export type DecisionAnswer = z.input<typeof decisionAnswer>;

export const draftReplyAnswer = z
  .object({
    comments: z.string().trim().min(1, 'Enter your comments on the draft, or “No factual corrections”').max(20_000, 'Enter at most 20,000 characters'),
    stagedAttachments: z.array(z.number().int().positive()).max(20).default([]),
  })
  .strict();
export type DraftReplyAnswer = z.input<typeof draftReplyAnswer>;

export const ACTION_STATUSES = ['not-started', 'in-progress', 'complete', 'overdue', 'no-longer-needed'] as const;
export const ACTION_STATUS_LABELS: Readonly<Record<(typeof ACTION_STATUSES)[number], string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  overdue: 'Overdue',
  'no-longer-needed': 'No longer needed',
};

export const actionsUpdateAnswer = z
  .object({
    updates: z
      .array(
        z
          .object({
            actionId: z.uuid(),
            status: z.enum(ACTION_STATUSES, { error: 'Choose the action’s status' }),
            evidence: z.string().trim().max(20_000, 'Enter at most 20,000 characters').default(''),
            stagedEvidence: z.array(z.number().int().positive()).max(20).default([]),
          })
          .strict(),
      )
      .min(1, 'Update at least one action')
      .max(500),
  })
  .strict();
export type ActionsUpdateAnswer = z.input<typeof actionsUpdateAnswer>;
