/**
 * The calls of the case lifecycle: the dashboard, a case and its records, people, documents,
 * moves between stages, the person search, and the partnership's clock policy. Part of the one
 * contract (contract.ts spreads these in); declared here to keep each file readable.
 *
 * Calls about one case have access `signed-in` here: the case-scoped permission (cases.read,
 * cases.edit for that case) is checked by the service in main, which knows the case.
 */
import { z } from 'zod';
import { CASE_KINDS, CASE_STAGES } from '../case-kinds.ts';
import { STATUTORY_PARTNERS } from '../organisations.ts';
import { clockPolicySchema, clockView } from '../reviews/clocks.ts';
import { PUBLICATION_NAMINGS, personInput, personMatch, personView } from '../reviews/people.ts';
import { recordSave, recordView, referralRecord } from '../reviews/records.ts';
import { dateField } from '../reviews/fields.ts';
import type { CallDefinition } from './contract.ts';

function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

const reference = z.string().trim().min(1, 'Enter the case reference').max(40, 'Enter a case reference of at most 40 characters');

export const caseSummary = z.object({
  id: z.number().int(),
  reference: z.string(),
  kind: z.enum(CASE_KINDS),
  stage: z.enum(CASE_STAGES),
  incidentDate: z.string().nullable(),
  referralDate: z.string(),
  agencies: z.array(z.string()),
  closedOn: z.string().nullable(),
});
export type CaseSummaryView = z.infer<typeof caseSummary>;

export const dashboardRow = caseSummary.extend({
  /** The open clock due soonest, if any. */
  nextClock: clockView.nullable(),
  /** Names to publish under of the case's children, e.g. "Child A": never real names on the dashboard. */
  children: z.array(z.string()),
});
export type DashboardRow = z.infer<typeof dashboardRow>;

/** A stage on a case's timeline: done, current or still to come, with its due and actual dates. */
export const timelineStage = z.object({
  stage: z.enum(CASE_STAGES),
  kind: z.enum(CASE_KINDS),
  state: z.enum(['done', 'current', 'to-come']),
  enteredOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  /** The due date of the clock that governs this stage, if one does. */
  dueOn: z.string().nullable(),
});
export type TimelineStage = z.infer<typeof timelineStage>;

/** A move the case could make from its stage, and what is still missing for it. */
export const caseMove = z.object({
  to: z.enum(CASE_STAGES),
  kind: z.enum(CASE_KINDS),
  label: z.string(),
  unmet: z.array(z.string()),
});
export type CaseMove = z.infer<typeof caseMove>;

/** Whether a meeting was quorate: at least one attendee from each statutory partner, by their organisation. */
export const meetingQuorum = z.object({
  meetingId: z.number().int(),
  quorate: z.boolean(),
  partnersPresent: z.array(z.enum(STATUTORY_PARTNERS)),
  /** Labels of the partners nobody came from ("Police"). */
  missing: z.array(z.string()),
});
export type MeetingQuorum = z.infer<typeof meetingQuorum>;

export const documentView = z.object({
  id: z.number().int(),
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  note: z.string(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type DocumentView = z.infer<typeof documentView>;

export const caseView = z.object({
  summary: caseSummary,
  records: z.array(recordView),
  people: z.array(personView),
  clocks: z.array(clockView),
  timeline: z.array(timelineStage),
  moves: z.array(caseMove),
  meetings: z.array(meetingQuorum),
  documents: z.array(documentView),
  /** Whether the signed-in person may change this case (the screens hide what they cannot do; main checks again). */
  canEdit: z.boolean(),
  publicationNaming: z.enum(PUBLICATION_NAMINGS),
  /** Today's date in Europe/London, as main sees it: days left are counted from it. */
  today: z.string(),
});
export type CaseView = z.infer<typeof caseView>;

export const organisationView = z.object({
  name: z.string(),
  kind: z.enum(['agency', 'business-unit']),
  statutoryPartner: z.enum(STATUTORY_PARTNERS).nullable(),
});
export type OrganisationView = z.infer<typeof organisationView>;

export const policyView = z.object({
  policy: clockPolicySchema,
  publicationNaming: z.enum(PUBLICATION_NAMINGS),
  organisations: z.array(organisationView),
  canManage: z.boolean(),
});
export type PolicyView = z.infer<typeof policyView>;

/** Documents travel base64-encoded; the store keeps them in chunks. 50 MiB is the most one call carries. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export const CASE_CALLS = {
  'cases.dashboard': call({
    input: z.object({ includeClosed: z.boolean().default(false) }).strict(),
    output: z.object({ today: z.string(), cases: z.array(dashboardRow) }),
    // The service decides: every case for partnership roles, one's own cases for case roles.
    access: 'signed-in',
    action: 'see the dashboard of cases',
  }),
  'cases.get': call({ input: z.object({ reference }).strict(), output: caseView, access: 'signed-in', action: 'open this case' }),
  'cases.create': call({ input: z.object({ referral: referralRecord }).strict(), output: caseView, access: 'cases.create', action: 'record referrals' }),
  'cases.move': call({
    input: z.object({ reference, to: z.enum(CASE_STAGES, { error: 'Choose the stage to move to' }) }).strict(),
    output: caseView,
    access: 'signed-in',
    action: 'move this case to another stage',
  }),
  'records.save': call({
    input: z.object({ reference, id: z.number().int().positive().nullable().default(null), record: recordSave }).strict(),
    output: caseView,
    access: 'signed-in',
    action: 'change this case',
  }),
  'records.remove': call({ input: z.object({ reference, id: z.number().int().positive() }).strict(), output: caseView, access: 'signed-in', action: 'change this case' }),
  'people.save': call({ input: z.object({ reference, person: personInput }).strict(), output: caseView, access: 'signed-in', action: 'change the people on this case' }),
  'people.remove': call({ input: z.object({ reference, id: z.number().int().positive() }).strict(), output: caseView, access: 'signed-in', action: 'change the people on this case' }),
  'people.search': call({
    input: z
      .object({
        name: z.string().trim().max(200, 'Enter a name of at most 200 characters').default(''),
        dateOfBirth: dateField('the date of birth').nullable().default(null),
      })
      .strict(),
    output: z.object({ matches: z.array(personMatch) }),
    access: 'people.search',
    action: 'search for people across cases',
  }),
  'documents.add': call({
    input: z
      .object({
        reference,
        name: z.string().trim().min(1, 'Choose a file').max(255, 'The file name must be at most 255 characters'),
        mediaType: z.string().max(200).default('application/octet-stream'),
        note: z.string().trim().max(2000, 'Enter a note of at most 2,000 characters').default(''),
        contentBase64: z.string().max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4, 'The file is larger than 50 MB'),
      })
      .strict(),
    output: caseView,
    access: 'signed-in',
    action: 'add documents to this case',
  }),
  'documents.read': call({
    input: z.object({ reference, id: z.number().int().positive() }).strict(),
    output: z.object({ name: z.string(), mediaType: z.string(), contentBase64: z.string() }),
    access: 'signed-in',
    action: 'open this case’s documents',
  }),
  'policy.get': call({ input: z.object({}).strict(), output: policyView, access: 'signed-in', action: 'see the partnership’s policy settings' }),
  'policy.save': call({
    input: z.object({ policy: clockPolicySchema, publicationNaming: z.enum(PUBLICATION_NAMINGS, { error: 'Choose how people are named in publications' }) }).strict(),
    output: policyView,
    access: 'settings.manage',
    action: 'change the partnership’s policy settings',
  }),
  'organisations.add': call({
    input: z.object({ name: z.string().trim().min(2, 'Enter the agency’s name').max(200, 'Enter a name of at most 200 characters') }).strict(),
    output: policyView,
    access: 'settings.manage',
    action: 'add agencies',
  }),
  'organisations.setPartner': call({
    input: z.object({ name: z.string().min(1), statutoryPartner: z.enum(STATUTORY_PARTNERS).nullable() }).strict(),
    output: policyView,
    access: 'settings.manage',
    action: 'change which agencies are statutory partners',
  }),
} as const satisfies Record<string, CallDefinition>;
