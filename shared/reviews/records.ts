/**
 * What the Business Unit records at each stage of a case (DOMAIN.md, "The stages and their
 * clocks"), one schema per kind of record. Main validates every save against these and the
 * renderer's forms are built from the same fields, so a field's message is the same on both sides.
 *
 * Singletons (one per case) are edited in place; the others are lists (meetings, endorsements,
 * declarations …), each item its own record with who entered it and when.
 */
import { z } from 'zod';
import { REFERRAL_KINDS } from '../case-kinds.ts';
import { STATUTORY_PARTNERS } from '../organisations.ts';
import { CLOCKS } from './clocks.ts';
import { choice, dateField, LONG_TEXT, namedPerson, optionalDateField, optionalText, requiredText, timeField, yesNo } from './fields.ts';

export const SCREENING_DECISIONS = ['rapid-review', 'non-statutory-review', 'serious-offence-review', 'good-outcome-review', 'no-further-action', 'signpost-adults-board'] as const;
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number];
export const SCREENING_DECISION_LABELS: Readonly<Record<ScreeningDecision, string>> = {
  'rapid-review': 'Serious Incident Notification: rapid review',
  'non-statutory-review': 'Non-statutory practice review',
  'serious-offence-review': 'Serious offence review',
  'good-outcome-review': 'Good outcome review',
  'no-further-action': 'No further action',
  'signpost-adults-board': 'Signpost to the adults board (care leaver under 25)',
};

export const RAPID_REVIEW_OUTCOMES = ['lcspr', 'other-local-review', 'no-further-action'] as const;
export type RapidReviewOutcome = (typeof RAPID_REVIEW_OUTCOMES)[number];
export const RAPID_REVIEW_OUTCOME_LABELS: Readonly<Record<RapidReviewOutcome, string>> = {
  lcspr: 'Local child safeguarding practice review',
  'other-local-review': 'Other local review or learning event',
  'no-further-action': 'No further action',
};

/** The circumstances the National Panel asks about, recorded at the rapid review for the report and theme figures. */
export const CIRCUMSTANCES = [
  'disability',
  'race-and-culture',
  'deprivation',
  'other-inequalities',
  'domestic-abuse',
  'parental-mental-health',
  'parental-substance-misuse',
  'neglect',
  'criminal-exploitation',
  'sexual-abuse',
  'online-harm',
  'sudden-unexpected-death-in-infancy',
] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];
export const CIRCUMSTANCE_LABELS: Readonly<Record<Circumstance, string>> = {
  disability: 'Disability',
  'race-and-culture': 'Race and culture',
  deprivation: 'Deprivation',
  'other-inequalities': 'Other inequalities',
  'domestic-abuse': 'Domestic abuse',
  'parental-mental-health': 'Parental mental health',
  'parental-substance-misuse': 'Parental substance misuse',
  neglect: 'Neglect',
  'criminal-exploitation': 'Criminal exploitation',
  'sexual-abuse': 'Sexual abuse',
  'online-harm': 'Online harm',
  'sudden-unexpected-death-in-infancy': 'Sudden unexpected death in infancy',
};

export const REVIEW_METHODS = ['appreciative-inquiry', 'root-cause-analysis', 'learning-event', 'case-discussion-tool', 'multi-agency-audit', 'single-agency-audit', 'local-case-review'] as const;
export type ReviewMethod = (typeof REVIEW_METHODS)[number];
export const REVIEW_METHOD_LABELS: Readonly<Record<ReviewMethod, string>> = {
  'appreciative-inquiry': 'Appreciative Inquiry',
  'root-cause-analysis': 'Root Cause Analysis',
  'learning-event': 'Learning event',
  'case-discussion-tool': 'Case discussion tool',
  'multi-agency-audit': 'Multi-agency audit',
  'single-agency-audit': 'Single-agency audit',
  'local-case-review': 'Local case review',
};

export const PARALLEL_PROCESSES = ['safeguarding-adult-review', 'domestic-abuse-related-death-review', 'sudc', 'nhs-psirf', 'iopc', 'probation-serious-further-offence-review', 'mappa', 'criminal-proceedings', 'coroner', 'other'] as const;
export type ParallelProcess = (typeof PARALLEL_PROCESSES)[number];
export const PARALLEL_PROCESS_LABELS: Readonly<Record<ParallelProcess, string>> = {
  'safeguarding-adult-review': 'Safeguarding Adult Review',
  'domestic-abuse-related-death-review': 'Domestic Abuse Related Death Review',
  sudc: 'Sudden unexpected death in childhood (SUDC) process',
  'nhs-psirf': 'NHS Patient Safety Incident Response (PSIRF)',
  iopc: 'Independent Office for Police Conduct',
  'probation-serious-further-offence-review': 'Probation Serious Further Offence Review',
  mappa: 'MAPPA',
  'criminal-proceedings': 'Criminal proceedings',
  coroner: 'Coroner’s inquest',
  other: 'Other',
};

export const MEETING_KINDS = ['rapid-review', 'review-meeting'] as const;
export const ENDORSER_CAPACITIES = ['scrutineer', ...STATUTORY_PARTNERS] as const;
export type EndorserCapacity = (typeof ENDORSER_CAPACITIES)[number];

const agencyName = requiredText('the agency', 200);

/** Stage 1: the referral. Its dates and agencies are also the case's own. */
export const referralRecord = z.object({
  kindRequested: choice(REFERRAL_KINDS, 'the kind of review requested'),
  referrerName: requiredText('the referrer’s name', 120),
  referrerAgency: requiredText('the referrer’s agency', 200),
  incidentDate: dateField('the incident date'),
  referralDate: dateField('the date the referral was received'),
  criteriaDeathOrSeriousHarm: choice(['death', 'serious-harm', 'neither'] as const, 'whether the child died or was seriously harmed'),
  criteriaAbuseOrNeglect: yesNo('abuse or neglect is known or suspected'),
  leadConsulted: yesNo('a safeguarding lead or PRSG member was consulted'),
  leadConsultedName: optionalText('who was consulted', 200),
  familyConsulted: yesNo('the child and family were consulted and prepared'),
  familyNotConsultedReason: optionalText('why the family were not consulted', LONG_TEXT),
  aboutTheChild: requiredText('a pen picture of the child’s life', LONG_TEXT),
  whatHappened: requiredText('what happened', LONG_TEXT),
  whyLearning: requiredText('why there may be learning', LONG_TEXT),
  immediateSafetyActions: optionalText('the immediate safety actions', LONG_TEXT),
  agencies: z.array(agencyName).max(40, 'Choose at most 40 agencies').default([]),
  /** Good-outcome referrals only: all required when kindRequested is good-outcome-review. */
  goodOutcome: z
    .object({
      livedExperience: requiredText('the child’s lived experience and how we know it improved', LONG_TEXT),
      stepsTaken: requiredText('the steps taken', LONG_TEXT),
      before: requiredText('what was happening before and why change was needed', LONG_TEXT),
      barriers: requiredText('the barriers and how they were overcome', LONG_TEXT),
      effect: requiredText('the evaluated effect', LONG_TEXT),
      learning: requiredText('the learning for others', LONG_TEXT),
    })
    .nullable()
    .default(null),
});

/** Stage 2: the screening panel's decision, and the scrutineer's oversight (a comment, not a gate). */
export const screeningRecord = z.object({
  decidedOn: dateField('the date of the decision'),
  decision: choice(SCREENING_DECISIONS, 'the screening decision'),
  rationale: requiredText('the rationale for the decision', LONG_TEXT),
  panel: z.array(namedPerson).min(1, 'Add at least one panel member who took the decision').max(20),
  scrutineerName: optionalText('the scrutineer’s name', 120),
  scrutineerComment: optionalText('the scrutineer’s comment', LONG_TEXT),
  scrutineerCommentedOn: optionalDateField('the date of the scrutineer’s comment').default(null),
});

/** The Local Authority's Serious Incident Notification to the National Panel: it starts the rapid-review clock. */
export const notificationRecord = z.object({
  laAwareOn: dateField('the date the Local Authority became aware'),
  notifiedOn: optionalDateField('the date the National Panel was notified').default(null),
  notificationReference: optionalText('the notification reference', 100),
});

/** A rapid review meeting (or a serious offence review's multi-agency meeting). */
export const meetingRecord = z.object({
  meetingKind: choice(MEETING_KINDS, 'the kind of meeting'),
  heldOn: dateField('the meeting date'),
  startsAt: timeField('the start time'),
  chair: namedPerson,
  attendees: z.array(namedPerson).max(60, 'Add at most 60 attendees').default([]),
  papersSharedOn: optionalDateField('the date the papers were shared').default(null),
  papersSharedAt: timeField('the time the papers were shared').nullable().default(null),
  /** Papers shared late are allowed, with the reason and the reading time given (policy 18). */
  latePapersReason: optionalText('why the papers were late', LONG_TEXT),
  readingTimeGiven: optionalText('the reading time given', 500),
  facts: optionalText('the facts', LONG_TEXT),
  immediateSafetyActions: optionalText('the immediate safety actions', LONG_TEXT),
  potentialLearning: optionalText('the potential learning', LONG_TEXT),
  pendingInformation: optionalText('the pending information', LONG_TEXT),
  circumstances: z.array(choice(CIRCUMSTANCES, 'a circumstance')).max(CIRCUMSTANCES.length).default([]),
  circumstancesNotes: optionalText('notes on the circumstances', LONG_TEXT),
  outcome: choice(RAPID_REVIEW_OUTCOMES, 'the outcome').nullable().default(null),
  outcomeRationale: optionalText('the rationale for the outcome', LONG_TEXT),
  nationalReviewMayBeAppropriate: yesNo('a national review may be appropriate').nullable().default(null),
});

/** The scrutineer's or a statutory partner's endorsement of a meeting's outcome; disagreement escalates. */
export const endorsementRecord = z.object({
  meetingId: z.number({ error: 'Choose the meeting' }).int().positive('Choose the meeting'),
  capacity: choice(ENDORSER_CAPACITIES, 'in what capacity they endorse'),
  person: namedPerson,
  endorses: yesNo('they endorse the outcome'),
  comment: optionalText('their comment', LONG_TEXT),
  recordedOn: dateField('the date of the endorsement'),
  escalatedOn: optionalDateField('the date it was escalated to the Safeguarding Executive').default(null),
  escalationOutcome: optionalText('the outcome of the escalation', LONG_TEXT),
});

/** The rapid review report's journey to the National Panel and the Panel's reply. */
export const panelResponseRecord = z.object({
  reportSentOn: dateField('the date the report was sent to the National Panel'),
  respondedOn: optionalDateField('the date the National Panel replied').default(null),
  response: choice(['agrees', 'disagrees'] as const, 'whether the National Panel agrees').nullable().default(null),
  comments: optionalText('the National Panel’s comments', LONG_TEXT),
});

/** A delay or exception to a clock, with its reason and when the National Panel was told (policy). */
export const clockExceptionRecord = z.object({
  clock: choice(CLOCKS, 'the clock'),
  subject: optionalText('what it is about', 200),
  reason: requiredText('the reason for the delay', LONG_TEXT),
  panelToldOn: optionalDateField('the date the National Panel was told').default(null),
});

/** Stage 5: setting up an LCSPR. */
export const lcsprSetUpRecord = z.object({
  leadReviewerName: optionalText('the lead reviewer’s name', 120),
  leadReviewerOrganisation: optionalText('the lead reviewer’s organisation', 200),
  leadReviewerAppointedOn: optionalDateField('the date the lead reviewer was appointed').default(null),
  meetsSpecification: z.boolean().default(false),
  hasReadPolicy: z.boolean().default(false),
  contractSigned: z.boolean().default(false),
  termsOfReference: optionalText('the terms of reference', LONG_TEXT),
  termsDraftedOn: optionalDateField('the date the terms of reference were drafted').default(null),
  termsAgreedOn: optionalDateField('the date the review group agreed the terms of reference').default(null),
  termsSignedOffOn: optionalDateField('the date the PRSG signed off the terms of reference').default(null),
  reviewGroupChair: namedPerson.nullable().default(null),
  reviewGroup: z.array(namedPerson).max(40).default([]),
  caseGroup: z.array(namedPerson).max(60).default([]),
  method: choice(REVIEW_METHODS, 'the method').nullable().default(null),
  familyInvolved: yesNo('the child and family are involved').nullable().default(null),
  familyInvolvementHow: optionalText('how the child and family are involved', LONG_TEXT),
  familyNotInvolvedReasons: optionalText('why the child and family are not involved', LONG_TEXT),
});

/** A review group or panel member's declaration of interest. */
export const declarationRecord = z.object({
  person: namedPerson,
  declaredOn: dateField('the date of the declaration'),
  hasInterest: yesNo('they have an interest to declare'),
  details: optionalText('the interest', LONG_TEXT),
});

export const parallelProcessRecord = z.object({
  process: choice(PARALLEL_PROCESSES, 'the process'),
  reference: optionalText('its reference', 100),
  delaysPublication: yesNo('it delays publication'),
  notes: optionalText('notes', LONG_TEXT),
});

/** The method of a non-statutory, serious offence or good outcome review. */
export const methodRecord = z.object({
  method: choice(REVIEW_METHODS, 'the method'),
  chosenOn: dateField('the date the method was chosen'),
  notes: optionalText('notes', LONG_TEXT),
});

/** One agency's factual-accuracy round on the draft report. */
export const factualAccuracyRecord = z.object({
  agency: agencyName,
  sentOn: dateField('the date the draft was sent'),
  returnedOn: optionalDateField('the date the agency replied').default(null),
  comments: optionalText('the agency’s comments', LONG_TEXT),
});

/** One statutory partner's sign-off of the final report. */
export const signOffRecord = z.object({
  partner: choice(STATUTORY_PARTNERS, 'the statutory partner'),
  person: namedPerson,
  signedOn: dateField('the date of sign-off'),
});

export const publicationRecord = z.object({
  decision: choice(['publish', 'do-not-publish'] as const, 'whether to publish'),
  reasonsNotToPublish: optionalText('the reasons not to publish', LONG_TEXT),
  panelAdviceSoughtOn: optionalDateField('the date the National Panel’s advice was sought').default(null),
  /** What the National Panel advised when told of the decision (policy 20.2). */
  panelAdvice: optionalText('the National Panel’s advice', LONG_TEXT),
  communityImpactAssessment: optionalText('the community impact assessment', LONG_TEXT),
  panelCopySentOn: optionalDateField('the date the copy went to the National Panel').default(null),
  publicationDate: optionalDateField('the publication date').default(null),
  removalDate: optionalDateField('the date it was taken off the website').default(null),
});

/** The findings of a review other than an LCSPR, before its action plan. */
export const findingsRecord = z.object({
  summary: requiredText('the findings', LONG_TEXT),
  completedOn: dateField('the date the findings were completed'),
});

/** Policy 13: every media enquiry goes to the Lead Safeguarding Partners through the Business Unit. */
export const mediaEnquiryRecord = z.object({
  receivedOn: dateField('the date the enquiry was received'),
  outlet: requiredText('the outlet or journalist', 200),
  enquiry: requiredText('what was asked', LONG_TEXT),
  passedToPartnersOn: optionalDateField('the date it was passed to the Lead Safeguarding Partners').default(null),
  response: optionalText('the response', LONG_TEXT),
});

export const RECORD_SCHEMAS = {
  referral: referralRecord,
  screening: screeningRecord,
  notification: notificationRecord,
  meeting: meetingRecord,
  endorsement: endorsementRecord,
  'panel-response': panelResponseRecord,
  'clock-exception': clockExceptionRecord,
  'lcspr-set-up': lcsprSetUpRecord,
  declaration: declarationRecord,
  'parallel-process': parallelProcessRecord,
  method: methodRecord,
  'factual-accuracy': factualAccuracyRecord,
  'sign-off': signOffRecord,
  publication: publicationRecord,
  findings: findingsRecord,
  'media-enquiry': mediaEnquiryRecord,
} as const;

export type RecordType = keyof typeof RECORD_SCHEMAS;
export const RECORD_TYPES = Object.keys(RECORD_SCHEMAS) as RecordType[];
export type RecordData<T extends RecordType> = z.output<(typeof RECORD_SCHEMAS)[T]>;
export type RecordInput<T extends RecordType> = z.input<(typeof RECORD_SCHEMAS)[T]>;

/** One of each per case; the others are lists. */
export const SINGLETON_RECORDS: ReadonlySet<RecordType> = new Set(['referral', 'screening', 'notification', 'panel-response', 'lcspr-set-up', 'method', 'publication', 'findings']);

export const RECORD_LABELS: Readonly<Record<RecordType, string>> = {
  referral: 'Referral',
  screening: 'Screening decision',
  notification: 'Notification to the National Panel',
  meeting: 'Meeting',
  endorsement: 'Endorsement',
  'panel-response': 'National Panel response',
  'clock-exception': 'Delay or exception',
  'lcspr-set-up': 'LCSPR set-up',
  declaration: 'Declaration of interest',
  'parallel-process': 'Linked or parallel process',
  method: 'Method',
  'factual-accuracy': 'Factual accuracy',
  'sign-off': 'Sign-off',
  publication: 'Publication',
  findings: 'Findings',
  'media-enquiry': 'Media enquiry',
};

/** A save as the contract carries it: the type picks the schema its data must meet. */
export const recordSave = z.discriminatedUnion('type', [
  z.object({ type: z.literal('referral'), data: referralRecord }).strict(),
  z.object({ type: z.literal('screening'), data: screeningRecord }).strict(),
  z.object({ type: z.literal('notification'), data: notificationRecord }).strict(),
  z.object({ type: z.literal('meeting'), data: meetingRecord }).strict(),
  z.object({ type: z.literal('endorsement'), data: endorsementRecord }).strict(),
  z.object({ type: z.literal('panel-response'), data: panelResponseRecord }).strict(),
  z.object({ type: z.literal('clock-exception'), data: clockExceptionRecord }).strict(),
  z.object({ type: z.literal('lcspr-set-up'), data: lcsprSetUpRecord }).strict(),
  z.object({ type: z.literal('declaration'), data: declarationRecord }).strict(),
  z.object({ type: z.literal('parallel-process'), data: parallelProcessRecord }).strict(),
  z.object({ type: z.literal('method'), data: methodRecord }).strict(),
  z.object({ type: z.literal('factual-accuracy'), data: factualAccuracyRecord }).strict(),
  z.object({ type: z.literal('sign-off'), data: signOffRecord }).strict(),
  z.object({ type: z.literal('publication'), data: publicationRecord }).strict(),
  z.object({ type: z.literal('findings'), data: findingsRecord }).strict(),
  z.object({ type: z.literal('media-enquiry'), data: mediaEnquiryRecord }).strict(),
]);
export type RecordSave = z.input<typeof recordSave>;

/** A stored record as the screens see it: its data, and who entered it, when, and on whose behalf. */
export const recordView = z.object({
  id: z.number().int(),
  type: z.enum(RECORD_TYPES as [RecordType, ...RecordType[]]),
  data: z.record(z.string(), z.unknown()),
  enteredBy: z.string(),
  enteredAt: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** The named people (attendees, endorsers, declarers) this record speaks for who are not the person who entered it. Empty when the entry came signed. */
  onBehalfOf: z.array(namedPerson),
  /** Set when the current entry is the person's own decision, signed on their install and taken in from a bundle. */
  signed: z.object({ by: z.string(), organisation: z.string(), installName: z.string(), signedAt: z.string() }).nullable().optional(),
});
export type RecordView = z.infer<typeof recordView>;
