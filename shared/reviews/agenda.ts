/**
 * The rapid review meeting's agenda (the policy's toolkit item 12), built from the case as it
 * stands, so the Business Unit does not retype what it has already recorded.
 *
 * The agenda is circulated with the papers, so the child and family appear only under the names
 * they are published under ("Child A"); no free text from the referral is copied in, since that is
 * where real names are written.
 */
import { CASE_KIND_LABELS } from '../case-kinds.ts';
import type { CaseView } from '../ipc/case-calls.ts';
import { STATUTORY_PARTNER_LABELS, STATUTORY_PARTNERS } from '../organisations.ts';
import { CIRCUMSTANCE_LABELS, RAPID_REVIEW_OUTCOME_LABELS, RAPID_REVIEW_OUTCOMES, meetingRecord, type RecordData } from './records.ts';

export interface AgendaItem {
  readonly heading: string;
  readonly lines: readonly string[];
}

export interface RapidReviewAgenda {
  readonly title: string;
  readonly caseReference: string;
  /** "Held on 27 March 2026 at 10:00". */
  readonly when: string;
  /** "Chair: Jo Bloggs (Greater Manchester Police)". */
  readonly chair: string;
  readonly items: readonly AgendaItem[];
}

/** Dates are written by the caller's formatter (the screens write "27 March 2026"); ISO otherwise. */
export type DateWriter = (isoDate: string) => string;

const PARTNER_LIST = STATUTORY_PARTNERS.map((partner) => STATUTORY_PARTNER_LABELS[partner]);

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function meetingData(view: CaseView, meetingId: number): RecordData<'meeting'> {
  const record = view.records.find((candidate) => candidate.id === meetingId && candidate.type === 'meeting');
  if (record === undefined) throw new RangeError(`Case ${view.summary.reference} has no meeting ${meetingId}.`);
  return meetingRecord.parse(record.data);
}

/** "Child A" or "Children A and B": the names the case's children are published under. */
function childrenNamed(view: CaseView): string {
  const children = view.people.filter((person) => person.role === 'child').map((person) => person.publishAs);
  if (children.length === 0) return 'the child (not yet added to the case)';
  return listInWords(children);
}

function papersLine(view: CaseView, meeting: RecordData<'meeting'>, meetingId: number, writeDate: DateWriter): string[] {
  if (meeting.papersSharedOn === null) return ['Papers not yet shared.'];
  const when = `${writeDate(meeting.papersSharedOn)}${meeting.papersSharedAt === null ? '' : ` at ${meeting.papersSharedAt}`}`;
  const clock = view.clocks.find((candidate) => candidate.clock === 'papers' && candidate.subject === `meeting:${meetingId}`);
  const late = clock?.state === 'missed' || meeting.latePapersReason !== '';
  if (!late) return [`Papers shared on ${when}.`];
  const lines = [`Papers shared late, on ${when}.`];
  if (meeting.readingTimeGiven !== '') lines.push(`Reading time at the start of the meeting: ${meeting.readingTimeGiven}.`);
  else lines.push('Allow reading time at the start of the meeting.');
  return lines;
}

export function buildRapidReviewAgenda(view: CaseView, meetingId: number, writeDate: DateWriter = (isoDate) => isoDate): RapidReviewAgenda {
  const meeting = meetingData(view, meetingId);
  const { summary } = view;
  const declarations = view.records.filter((record) => record.type === 'declaration').length;
  const quorum = view.meetings.find((candidate) => candidate.meetingId === meetingId);
  const reportClock = view.clocks.find((clock) => clock.clock === 'rapid-review-report');
  const children = childrenNamed(view);
  const circumstances = meeting.circumstances.map((circumstance) => CIRCUMSTANCE_LABELS[circumstance]);
  const agencies = summary.agencies;

  const items: AgendaItem[] = [
    {
      heading: 'Welcome and introductions',
      lines: [
        `Attendees introduce themselves and the agency they represent (${meeting.attendees.length} recorded so far).`,
        `The meeting is quorate only if at least one representative of each of the ${listInWords(PARTNER_LIST)} attends.`,
        ...(quorum === undefined ? [] : [quorum.quorate ? 'Attendance recorded so far is quorate.' : `Attendance recorded so far is not quorate: nobody yet from ${listInWords(quorum.missing)}.`]),
      ],
    },
    {
      heading: 'Purpose of the meeting and confidentiality',
      lines: [
        'To establish the facts quickly, identify any immediate action needed to keep children safe, and consider the potential for practice learning.',
        'The papers and discussion are OFFICIAL-SENSITIVE and confidential to this meeting.',
      ],
    },
    {
      heading: 'Declarations of interest',
      lines: [`Members declare any interest in the case (${declarations === 0 ? 'none recorded yet' : `${declarations} recorded`}).`],
    },
    {
      heading: 'The referral and the circumstances',
      lines: [
        `${CASE_KIND_LABELS[summary.kind]} about ${children}.`,
        ...(summary.incidentDate === null ? [] : [`Incident on ${writeDate(summary.incidentDate)}; referral received on ${writeDate(summary.referralDate)}.`]),
        circumstances.length === 0 ? 'Circumstances the National Panel asks about: to be discussed.' : `Circumstances the National Panel asks about: ${listInWords(circumstances)}.`,
      ],
    },
    {
      heading: 'Agency summaries and the composite chronology',
      lines: [
        `Papers: the referral form, the agency summaries${agencies.length === 0 ? '' : ` (${agencies.join('; ')})`} and the composite chronology.`,
        ...papersLine(view, meeting, meetingId, writeDate),
      ],
    },
    { heading: 'Immediate safety actions', lines: ['Is any immediate action needed to ensure the safety of this or other children?'] },
    { heading: 'Potential learning', lines: ['What improvements to safeguard and promote the welfare of children might a review identify?'] },
    { heading: 'Information still pending', lines: ['For example toxicology results, criminal charges or a long-term prognosis, and whether they affect the decision.'] },
    {
      heading: 'Decision on the outcome',
      lines: [
        `Choose one: ${RAPID_REVIEW_OUTCOMES.map((outcome, index) => `(${index + 1}) ${RAPID_REVIEW_OUTCOME_LABELS[outcome].toLowerCase()}`).join('; ')}.`,
        'Whether the case raises issues that are complex or of national importance, so that a national review may be appropriate.',
      ],
    },
    {
      heading: 'Endorsements',
      lines: [`The Independent Scrutineer and the ${listInWords(PARTNER_LIST)} endorse the outcome; disagreement is escalated, up to the Safeguarding Executive if needed.`],
    },
    {
      heading: 'Actions and next steps',
      lines: [
        'The chair completes the Rapid Review Meeting Report.',
        reportClock === undefined
          ? 'The report goes to the National Panel within 15 working days of the Local Authority’s notification.'
          : `The report goes to the National Panel by ${writeDate(reportClock.dueOn)}.`,
        'Immediate actions and learning are taken to the Practice Review Sub Group and followed up.',
      ],
    },
  ];

  return {
    title: meeting.meetingKind === 'rapid-review' ? 'Rapid review meeting: agenda' : 'Multi-agency review meeting: agenda',
    caseReference: summary.reference,
    when: `Held on ${writeDate(meeting.heldOn)} at ${meeting.startsAt}`,
    chair: `Chair: ${meeting.chair.name} (${meeting.chair.organisation})`,
    items,
  };
}
