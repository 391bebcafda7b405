/**
 * The date rules a record's own schema cannot see: what has happened cannot be in the future,
 * nothing about a case comes before its referral, and pairs of dates come in their order.
 * Every problem is returned at once, by field, so a form shows each beside its field.
 */
import type { Problem } from '../../shared/errors.ts';
import type { RecordData, RecordType } from '../../shared/reviews/records.ts';

/** Every date field of every record, with the words a message uses for it. */
const DATE_FIELDS: Readonly<Record<string, string>> = {
  incidentDate: 'incident date',
  referralDate: 'referral date',
  decidedOn: 'date of the screening decision',
  scrutineerCommentedOn: 'date of the scrutineer’s comment',
  laAwareOn: 'date the Local Authority became aware',
  notifiedOn: 'date the National Panel was notified',
  heldOn: 'meeting date',
  papersSharedOn: 'date the papers were shared',
  recordedOn: 'date of the endorsement',
  escalatedOn: 'date of the escalation',
  reportSentOn: 'date the report was sent to the National Panel',
  respondedOn: 'date the National Panel replied',
  panelToldOn: 'date the National Panel was told',
  leadReviewerAppointedOn: 'date the lead reviewer was appointed',
  termsDraftedOn: 'date the terms of reference were drafted',
  termsAgreedOn: 'date the terms of reference were agreed',
  termsSignedOffOn: 'date the terms of reference were signed off',
  declaredOn: 'date of the declaration',
  chosenOn: 'date the method was chosen',
  sentOn: 'date the draft was sent',
  returnedOn: 'date the agency replied',
  signedOn: 'date of sign-off',
  panelAdviceSoughtOn: 'date the National Panel’s advice was sought',
  panelCopySentOn: 'date the copy went to the National Panel',
  publicationDate: 'publication date',
  removalDate: 'date it was taken off the website',
  completedOn: 'date the findings were completed',
  receivedOn: 'date the enquiry was received',
  passedToPartnersOn: 'date it was passed to the Lead Safeguarding Partners',
};

/** Dates of things planned rather than done: a meeting is scheduled, a publication date set. */
const MAY_BE_FUTURE: ReadonlySet<string> = new Set(['heldOn', 'publicationDate']);
/** Dates about the incident itself, which come before the referral by nature. */
const MAY_PRECEDE_REFERRAL: ReadonlySet<string> = new Set(['incidentDate', 'referralDate', 'laAwareOn']);

/** Pairs that must come in order: [earlier, later]. */
const ORDERED_PAIRS: Partial<Record<RecordType, ReadonlyArray<readonly [string, string]>>> = {
  notification: [['laAwareOn', 'notifiedOn']],
  meeting: [['papersSharedOn', 'heldOn']],
  'panel-response': [['reportSentOn', 'respondedOn']],
  'factual-accuracy': [['sentOn', 'returnedOn']],
  publication: [['publicationDate', 'removalDate']],
  endorsement: [['recordedOn', 'escalatedOn']],
};

export interface DateContext {
  readonly today: string;
  /** The case's referral date; for a referral, its own. */
  readonly referralDate: string;
}

function label(field: string): string {
  return DATE_FIELDS[field] ?? field;
}

function orderProblem(type: RecordType, earlier: string, later: string, values: { from: string; to: string }): { field: string; message: string } {
  // The later date is usually the one to correct ("replied before it was sent" is about the
  // reply); for papers, the meeting date is fixed and the papers date is the wrong one.
  if (type === 'meeting') return { field: earlier, message: `The ${label(earlier)} must be on or before the ${label(later)} (${values.to})` };
  return { field: later, message: `The ${label(later)} must be on or after the ${label(earlier)} (${values.from})` };
}

/** Problems with a record's dates, by field name within the record ("heldOn"). */
export function datesProblems<T extends RecordType>(type: T, data: RecordData<T>, context: DateContext): Problem[] {
  const values = data as Record<string, unknown>;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (field: string, message: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    problems.push({ path: field, message });
  };
  for (const [field, value] of Object.entries(values)) {
    if (typeof value !== 'string' || !(field in DATE_FIELDS)) continue;
    if (!MAY_BE_FUTURE.has(field) && value > context.today) add(field, `The ${label(field)} cannot be in the future`);
    else if (!MAY_PRECEDE_REFERRAL.has(field) && value < context.referralDate) add(field, `The ${label(field)} must be on or after the referral date (${context.referralDate})`);
  }
  if (type === 'referral') {
    const referral = data as RecordData<'referral'>;
    if (referral.incidentDate > referral.referralDate) add('incidentDate', `The incident date must be on or before the referral date (${referral.referralDate})`);
  }
  for (const [earlier, later] of ORDERED_PAIRS[type] ?? []) {
    const from = values[earlier];
    const to = values[later];
    if (typeof from !== 'string' || typeof to !== 'string' || from <= to) continue;
    const problem = orderProblem(type, earlier, later, { from, to });
    add(problem.field, problem.message);
  }
  return problems;
}
