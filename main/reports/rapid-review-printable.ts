/**
 * The Rapid Review Meeting Report in the National Panel's structure (facts, immediate actions,
 * learning, decision and rationale, whether a national review may be appropriate), built from
 * the rapid review meeting's record and what the meeting had before it: the agencies' summaries
 * and the composite chronology. It says only what the records say; "Not recorded" where they
 * are silent, so a gap shows rather than reads as an answer.
 */
import { CIRCUMSTANCE_LABELS, RAPID_REVIEW_OUTCOME_LABELS, SCREENING_DECISION_LABELS } from '../../shared/reviews/records.ts';
import { RAPID_REVIEW_SECTION_TITLES, RAPID_REVIEW_SECTIONS, type Block, type PrintableDocument, type RapidReviewSectionKey } from '../../shared/reports/report-document.ts';
import { caseComposite } from '../evidence/case-composite.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import { recordsOf, singleton, type TypedRecord } from '../reviews/case-state.ts';
import type { Db } from '../store/open-database.ts';
import { listSummaries, type StoredSummary } from '../store/repositories/agency-summaries.ts';
import { listRecords, type StoredRecord } from '../store/repositories/case-records.ts';
import { paragraphsOf } from './export-text.ts';

export const RAPID_REVIEW_TITLE = 'Rapid Review Meeting Report';
const NOT_RECORDED = 'Not recorded.';

const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const heading = (text: string): Block => ({ type: 'heading', level: 2, text });

function textOr(text: string, otherwise: string): Block[] {
  const blocks = paragraphsOf(text);
  return blocks.length > 0 ? blocks : [paragraph(otherwise)];
}

/** "A, B and C". */
function inWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/** The case's rapid review meeting: the latest that recorded an outcome, else the latest held. */
export function rapidReviewMeeting(records: readonly StoredRecord[]): TypedRecord<'meeting'> | undefined {
  const meetings = recordsOf(records, 'meeting')
    .filter((meeting) => meeting.data.meetingKind === 'rapid-review')
    .sort((a, b) => a.data.heldOn.localeCompare(b.data.heldOn) || a.data.startsAt.localeCompare(b.data.startsAt));
  return meetings.filter((meeting) => meeting.data.outcome !== null).at(-1) ?? meetings.at(-1);
}

/** "Police: what they said", one list item per agency that said something in this field of its summary. */
function fromSummaries(summaries: readonly StoredSummary[], field: 'learning' | 'immediateActions', title: string): Block[] {
  const items = summaries.flatMap((summary) => {
    const said = (summary.form[field] ?? '').replace(/\s+/g, ' ').trim();
    return said === '' ? [] : [`${summary.agency}: ${said}`];
  });
  return items.length === 0 ? [] : [heading(title), { type: 'list', ordered: false, items }];
}

function considered(db: Db, caseId: number, summaries: readonly StoredSummary[]): Block[] {
  const entries = caseComposite(db, caseId).entries;
  const agencies = [...new Set(entries.flatMap((entry) => entry.agencies))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const dates = entries.map((entry) => entry.date).sort();
  return [
    heading('Information the meeting considered'),
    {
      type: 'list',
      ordered: false,
      items: [
        summaries.length === 0 ? 'No agency summaries had been received.' : `Agency summaries from ${inWords(summaries.map((summary) => summary.agency))}.`,
        entries.length === 0
          ? 'No agency chronologies had been returned.'
          : `The composite chronology: ${entries.length.toLocaleString('en-GB')} significant practice ${entries.length === 1 ? 'event' : 'events'} from ${dateInWords(dates[0]!)} to ${dateInWords(dates.at(-1)!)}, recorded by ${inWords(agencies)}.`,
      ],
    },
  ];
}

function facts(db: Db, caseId: number, meeting: TypedRecord<'meeting'>, summaries: readonly StoredSummary[]): Block[] {
  const data = meeting.data;
  const represented = [...new Set([data.chair, ...data.attendees].map((person) => person.organisation.trim()))].filter((name) => name !== '');
  return [
    paragraph(`The rapid review meeting was held on ${dateInWords(data.heldOn)}.${represented.length === 0 ? '' : ` Agencies represented: ${inWords(represented)}.`}`),
    heading('What happened'),
    ...textOr(data.facts, NOT_RECORDED),
    ...(data.pendingInformation.trim() === '' ? [] : [heading('Information still awaited'), ...paragraphsOf(data.pendingInformation)]),
    ...(data.circumstances.length === 0 ? [] : [heading('Circumstances'), { type: 'list' as const, ordered: false, items: data.circumstances.map((circumstance) => CIRCUMSTANCE_LABELS[circumstance]) }]),
    ...paragraphsOf(data.circumstancesNotes),
    ...considered(db, caseId, summaries),
  ];
}

function decision(records: readonly StoredRecord[], meeting: TypedRecord<'meeting'>): Block[] {
  const screening = singleton(records, 'screening');
  const outcome = meeting.data.outcome;
  return [
    paragraph(outcome === null ? 'The meeting has not recorded its decision.' : `Decision: ${RAPID_REVIEW_OUTCOME_LABELS[outcome]}.`),
    heading('Rationale'),
    ...textOr(meeting.data.outcomeRationale, NOT_RECORDED),
    ...(screening === undefined ? [] : [paragraph(`The screening panel decided on ${dateInWords(screening.data.decidedOn)}: ${SCREENING_DECISION_LABELS[screening.data.decision]}.`)]),
  ];
}

function nationalReview(records: readonly StoredRecord[], meeting: TypedRecord<'meeting'>): Block[] {
  const answer = meeting.data.nationalReviewMayBeAppropriate;
  const blocks = [
    paragraph(
      answer === null ? 'Not recorded.' : answer ? 'Yes: the meeting considered that a national review may be appropriate.' : 'No: the meeting did not consider a national review appropriate.',
    ),
  ];
  const response = singleton(records, 'panel-response')?.data;
  if (response === undefined) return blocks;
  const sent = `This report was sent to the National Panel on ${dateInWords(response.reportSentOn)}.`;
  if (response.response === null) return [...blocks, paragraph(`${sent} The Panel has not replied yet.`)];
  const replied = response.respondedOn === null ? '' : ` on ${dateInWords(response.respondedOn)}`;
  return [...blocks, paragraph(`${sent} The Panel replied${replied} that it ${response.response === 'agrees' ? 'agrees' : 'disagrees'} with the local decision.`), ...paragraphsOf(response.comments)];
}

/** Null when the case has no rapid review meeting record. */
export function rapidReviewPrintable(db: Db, caseId: number, subtitle: string): PrintableDocument | null {
  const records = listRecords(db, caseId);
  const meeting = rapidReviewMeeting(records);
  if (meeting === undefined) return null;
  const summaries = listSummaries(db, caseId);
  const blocks: Record<RapidReviewSectionKey, Block[]> = {
    facts: facts(db, caseId, meeting, summaries),
    'immediate-actions': [...textOr(meeting.data.immediateSafetyActions, 'None recorded.'), ...fromSummaries(summaries, 'immediateActions', 'Actions the agencies reported')],
    learning: [...textOr(meeting.data.potentialLearning, NOT_RECORDED), ...fromSummaries(summaries, 'learning', 'Learning the agencies identified')],
    decision: decision(records, meeting),
    'national-review': nationalReview(records, meeting),
  };
  return {
    title: RAPID_REVIEW_TITLE,
    subtitle,
    sections: RAPID_REVIEW_SECTIONS.map((key) => ({ key, heading: RAPID_REVIEW_SECTION_TITLES[key], blocks: blocks[key] })),
    layout: 'report',
  };
}
