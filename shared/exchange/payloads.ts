/**
 * What each kind of bundle carries in its payload (item 0, JSON). Files travel as the bundle's
 * other items and are named here by their item index, so a payload never holds file bytes.
 * Every payload is checked with its schema on the receiving side before anything is shown.
 */
import { z } from 'zod';
import { caseFileSchema } from '../reviews/case-file.ts';
import { PERSON_ROLES } from '../reviews/people.ts';
import { declarationRecord, endorsementRecord, screeningRecord } from '../reviews/records.ts';
import { confirmationInput } from '../vault/securing.ts';
import type { BundleKind } from './bundle.ts';

const itemIndex = z.number().int().positive();
const text = (max: number) => z.string().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What the agency needs to search its records for the child and family. */
export const requestedPerson = z
  .object({
    role: z.enum(PERSON_ROLES),
    givenNames: text(120),
    familyName: text(120),
    otherNames: z.array(text(200)).max(20),
    datesOfBirth: z.array(isoDate).max(5),
    addresses: z.array(text(500)).max(20),
    relationship: text(120),
  })
  .strict();
export type RequestedPerson = z.infer<typeof requestedPerson>;

export const requestPayload = z
  .object({
    /** The request's id on the Business Unit's install: the return names it back. */
    requestId: z.number().int().positive(),
    partnership: text(200),
    agency: text(200),
    recipientName: text(120),
    sentOn: isoDate,
    dueOn: isoDate,
    secureFiles: z.boolean(),
    note: text(2000),
    caseKind: text(60),
    incidentDate: isoDate.nullable(),
    people: z.array(requestedPerson).max(60),
    /** The agency summary form and chronology template workbook, and the request letter. */
    templateItem: itemIndex,
    letterItem: itemIndex.nullable(),
  })
  .strict();
export type RequestPayload = z.infer<typeof requestPayload>;

/** The agency's return: its completed workbook (summary and chronology) and its securing confirmation. */
export const returnPayload = z
  .object({
    requestId: z.number().int().positive(),
    agency: text(200),
    /** The workbook read on arrival by the same readers and checks as a spreadsheet import. */
    workbookItem: itemIndex,
    /** Null when securing was not asked for. */
    securing: confirmationInput.nullable(),
    note: text(2000),
    /** Secured files never travel in a return: this is always empty. */
    securedFiles: z.tuple([]),
  })
  .strict();
export type ReturnPayload = z.infer<typeof returnPayload>;

export const DECISION_RECORD_TYPES = ['screening', 'endorsement', 'declaration'] as const;
export type DecisionRecordType = (typeof DECISION_RECORD_TYPES)[number];
export const DECISION_RECORD_LABELS: Readonly<Record<DecisionRecordType, string>> = {
  screening: 'Screening panel decision',
  endorsement: 'Endorsement of a meeting’s outcome',
  declaration: 'Declaration of interest',
};

const decisionData = z.discriminatedUnion('recordType', [
  z.object({ recordType: z.literal('screening'), data: screeningRecord }).strict(),
  z.object({ recordType: z.literal('endorsement'), data: endorsementRecord }).strict(),
  z.object({ recordType: z.literal('declaration'), data: declarationRecord }).strict(),
]);

/** Asks the person the Business Unit recorded a decision for to give it themselves, signed. */
export const decisionRequestPayload = z
  .object({
    recordId: z.number().int().positive(),
    /** Whom the decision is asked of, as the on-behalf entry names them. */
    personName: text(120),
    question: text(2000),
    replyBy: isoDate.nullable(),
    /** The entry the Business Unit made on their behalf: what they confirm or correct. */
    entry: decisionData,
  })
  .strict();
export type DecisionRequestPayload = z.infer<typeof decisionRequestPayload>;

export const decisionPayload = z
  .object({
    recordId: z.number().int().positive(),
    personName: text(120),
    decidedOn: isoDate,
    entry: decisionData,
  })
  .strict();
export type DecisionPayload = z.infer<typeof decisionPayload>;

/** A whole case to another partnership (policy 20.4): the case file and every document. */
export const casePayload = z
  .object({
    caseFile: caseFileSchema,
    documents: z.array(z.object({ item: itemIndex, name: text(500), mediaType: text(200), note: text(2000), addedBy: text(200), addedAt: z.string() }).strict()).max(9_999),
    note: text(2000),
  })
  .strict();
export type CasePayload = z.infer<typeof casePayload>;

export const draftPayload = z
  .object({
    agency: text(200),
    sentOn: isoDate,
    replyBy: isoDate.nullable(),
    /** Policy: a draft is not forwarded without the lead reviewer's permission. */
    mayForward: z.boolean(),
    note: text(2000),
    draftItem: itemIndex,
    /** The factual-accuracy record this draft round is kept in, on the sending install. */
    recordId: z.number().int().positive(),
  })
  .strict();
export type DraftPayload = z.infer<typeof draftPayload>;

export const draftReplyPayload = z
  .object({
    recordId: z.number().int().positive(),
    agency: text(200),
    returnedOn: isoDate,
    comments: text(20_000),
    attachmentItems: z.array(itemIndex).max(20),
  })
  .strict();
export type DraftReplyPayload = z.infer<typeof draftReplyPayload>;

export const sentAction = z
  .object({
    actionId: z.uuid(),
    recommendation: text(4000),
    what: text(4000),
    responsiblePerson: text(200),
    dueOn: isoDate,
    intendedOutcome: text(4000),
    status: text(60),
  })
  .strict();

export const actionsPayload = z.object({ agency: text(200), actions: z.array(sentAction).min(1).max(500), note: text(2000) }).strict();
export type ActionsPayload = z.infer<typeof actionsPayload>;

export const actionsUpdatePayload = z
  .object({
    agency: text(200),
    updates: z
      .array(z.object({ actionId: z.uuid(), status: text(60), evidence: text(20_000), evidenceItems: z.array(itemIndex).max(20) }).strict())
      .min(1)
      .max(500),
  })
  .strict();
export type ActionsUpdatePayload = z.infer<typeof actionsUpdatePayload>;

export const PAYLOAD_SCHEMAS = {
  request: requestPayload,
  return: returnPayload,
  'decision-request': decisionRequestPayload,
  decision: decisionPayload,
  case: casePayload,
  draft: draftPayload,
  'draft-reply': draftReplyPayload,
  actions: actionsPayload,
  'actions-update': actionsUpdatePayload,
} as const satisfies Record<BundleKind, z.ZodType>;
export type PayloadOf<K extends BundleKind> = z.infer<(typeof PAYLOAD_SCHEMAS)[K]>;

