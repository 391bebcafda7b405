/**
 * The calls of working across installs: this install's identity and its contacts, sending and
 * importing bundles, and the tasks bundles open here. Part of the one contract.
 *
 * Bundle files move beside these calls, as secured files do (vault/transfer.ts): `exchange.stage`
 * grants a ticket to bring a file in (a bundle to import, a workbook to return), and a bundle
 * made is saved by redeeming the ticket in `bundleMade`.
 *
 * Most calls are `signed-in` here because the service decides: a task's answer is for the person
 * it was given to, a case's bundles for those who may change the case.
 */
import { z } from 'zod';
import { fileOutput } from '../evidence/letterhead.ts';
import { ticketGrant } from '../vault/secured-files.ts';
import { contactsView, identityInput } from '../exchange/contacts.ts';
import { actionsUpdateAnswer, bundleMade, decisionAnswer, draftReplyAnswer, exchangeCaseView, importOptions, importPreview, importResult, returnAnswer, taskSummary, taskView } from '../exchange/exchange-view.ts';
import { sentAction } from '../exchange/payloads.ts';
import type { CallDefinition } from './contract.ts';

function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

const reference = z.string().trim().min(1, 'Enter the case reference').max(40, 'Enter a case reference of at most 40 characters');
const contactId = z.number({ error: 'Choose whom to send it to' }).int().positive('Choose whom to send it to');
const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a real date, for example 2026-12-03');
const note = z.string().trim().max(2000, 'Enter a note of at most 2,000 characters').default('');

export const sendInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('request'), reference, to: contactId, requestId: id }).strict(),
  z
    .object({
      kind: z.literal('decision-request'),
      reference,
      to: contactId,
      recordId: id,
      personName: z.string().trim().min(2, 'Enter whose decision it is').max(120),
      question: z.string().trim().min(1, 'Enter what you are asking them to confirm').max(2000),
      replyBy: isoDate.nullable().default(null),
    })
    .strict(),
  z
    .object({
      kind: z.literal('draft'),
      reference,
      to: contactId,
      documentId: z.number({ error: 'Choose the draft to send' }).int().positive('Choose the draft to send'),
      agency: z.string().trim().min(1, 'Choose the agency').max(200),
      replyBy: isoDate.nullable().default(null),
      mayForward: z.boolean().default(false),
      note,
    })
    .strict(),
  z.object({ kind: z.literal('case'), reference, to: contactId, note }).strict(),
  z
    .object({
      kind: z.literal('actions'),
      reference,
      to: contactId,
      agency: z.string().trim().min(1, 'Choose the agency').max(200),
      /** The action plan's actions owned by the agency; each keeps its id so updates come back to it. */
      actions: z.array(sentAction).min(1, 'Choose at least one action to send').max(500),
      note,
    })
    .strict(),
]);
export type SendInput = z.input<typeof sendInput>;

export const answerInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('return'), taskId: id, answer: returnAnswer }).strict(),
  z.object({ kind: z.literal('decision'), taskId: id, answer: decisionAnswer }).strict(),
  z.object({ kind: z.literal('draft-reply'), taskId: id, answer: draftReplyAnswer }).strict(),
  z.object({ kind: z.literal('actions-update'), taskId: id, answer: actionsUpdateAnswer }).strict(),
]);
export type AnswerInput = z.input<typeof answerInput>;

export const EXCHANGE_CALLS = {
  'exchange.contacts': call({ input: z.object({}).strict(), output: contactsView, access: 'signed-in', action: 'see this install’s contacts' }),
  'exchange.setIdentity': call({ input: identityInput, output: contactsView, access: 'settings.manage', action: 'name this install' }),
  'exchange.exportCard': call({ input: z.object({}).strict(), output: fileOutput, access: 'signed-in', action: 'export this install’s contact card' }),
  'exchange.importCard': call({
    input: z.object({ cardJson: z.string().min(1, 'Choose a contact card').max(20_000, 'That file is too large to be a contact card') }).strict(),
    output: contactsView,
    access: 'exchange.contacts',
    action: 'add contacts',
  }),
  'exchange.confirmContact': call({
    input: z.object({ id, fingerprint: z.string().trim().min(1, 'Enter the fingerprint the contact read to you').max(100) }).strict(),
    output: contactsView,
    access: 'exchange.contacts',
    action: 'trust contacts',
  }),
  'exchange.revokeContact': call({
    input: z.object({ id, reason: z.string().trim().min(5, 'Enter why the contact is revoked (at least 5 characters)').max(1000) }).strict(),
    output: contactsView,
    access: 'exchange.contacts',
    action: 'revoke contacts',
  }),
  'exchange.case': call({ input: z.object({ reference }).strict(), output: exchangeCaseView, access: 'signed-in', action: 'see this case’s bundles' }),
  'exchange.send': call({ input: sendInput, output: bundleMade, access: 'signed-in', action: 'send bundles' }),
  'exchange.stage': call({
    input: z.object({ fileName: z.string().trim().min(1).max(255), size: z.number().int().nonnegative(), pickId: z.string().max(100).optional() }).strict(),
    output: ticketGrant,
    access: 'signed-in',
    action: 'bring in a file',
  }),
  'exchange.preview': call({ input: z.object({ stagedId: id }).strict(), output: importPreview, access: 'exchange.receive', action: 'import bundles' }),
  'exchange.apply': call({
    input: z.object({ stagedId: id, sha256: z.string().regex(/^[0-9a-f]{64}$/), options: importOptions }).strict(),
    output: importResult,
    access: 'exchange.receive',
    action: 'import bundles',
  }),
  'exchange.tasks': call({ input: z.object({}).strict(), output: z.object({ tasks: z.array(taskSummary) }), access: 'signed-in', action: 'see your tasks' }),
  'exchange.task': call({ input: z.object({ id }).strict(), output: taskView, access: 'signed-in', action: 'open this task' }),
  'exchange.taskFile': call({ input: z.object({ taskId: id, fileId: id }).strict(), output: fileOutput, access: 'signed-in', action: 'open this task’s files' }),
  'exchange.answer': call({ input: answerInput, output: bundleMade, access: 'signed-in', action: 'answer this task' }),
  /** A bundle made whose save was cancelled or failed: a fresh ticket for the same file, never a second bundle. */
  'exchange.saveAgain': call({
    input: z.object({ bundleId: z.uuid() }).strict(),
    output: z.object({ ticket: z.string(), fileName: z.string(), size: z.number().int().nonnegative() }),
    access: 'signed-in',
    action: 'save a bundle again',
  }),
} as const;
