/**
 * Learning for the demonstration cases (main/reviews/demo-cases.ts), so the themes view, the
 * good-practice view, a case's learning and the "difference made" figures have something to
 * show: themes on most cases, a few learning events and reflective sessions, the family's
 * feedback on some finished reviews, one repeat incident flagged and one only suggested.
 * Invented data only; written in one change with one audit event, as the demo cases are.
 */
import { fakerEN_GB as faker } from '@faker-js/faker';
import type { FamilySensitivity, LearningEventKind } from '../../shared/learning/learning.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { insertPerson, listPeople, replaceSearchTerms } from '../store/repositories/case-people.ts';
import { replaceCaseThemes } from '../store/repositories/case-themes.ts';
import type { CaseSummary } from '../store/repositories/cases.ts';
import { insertFamilyFeedback } from '../store/repositories/family-feedback.ts';
import { insertLearningEvent } from '../store/repositories/learning-events.ts';
import { listThemes } from '../store/repositories/learning-themes.ts';
import { insertRepeatIncident } from '../store/repositories/repeat-incidents.ts';
import { searchTermsFor } from './search-terms.ts';

const EVENTS: ReadonlyArray<{ kind: LearningEventKind; title: string; audience: string }> = [
  { kind: 'learning-event', title: 'Seeing the child behind the referral', audience: 'Frontline practitioners from every agency' },
  { kind: 'learning-event', title: 'Professional challenge: when to escalate', audience: 'Team managers and designated safeguarding leads' },
  { kind: 'reflective-session', title: 'Reflecting on a rapid review', audience: 'The case group of practitioners' },
  { kind: 'learning-event', title: 'Sharing information across agencies', audience: 'Health visitors, school nurses and early help workers' },
  { kind: 'reflective-session', title: 'What made the difference: a good outcome review', audience: 'Practitioners involved in the review' },
];

const FEEDBACK: ReadonlyArray<{ sensitive: FamilySensitivity; comments: string }> = [
  { sensitive: 'yes', comments: 'The family said the reviewer listened and explained each step.' },
  { sensitive: 'partly', comments: 'The family felt included but would have liked more notice of meetings.' },
  { sensitive: 'no', comments: 'The family said the letters were hard to follow.' },
];

/** The earlier first, by the order a repeat incident needs: referral date, then the order entered. */
function inOrder(cases: readonly CaseSummary[]): CaseSummary[] {
  return [...cases].sort((a, b) => a.referralDate.localeCompare(b.referralDate) || a.id - b.id);
}

function tagThemes(db: Db, cases: readonly CaseSummary[], actorId: string, at: string): number {
  const themeIds = listThemes(db)
    .filter((theme) => !theme.retired)
    .map((theme) => theme.id);
  let tagged = 0;
  // Most cases, not all: an untagged case shows the screen's "no themes yet".
  for (const [index, summary] of cases.entries()) {
    if (index % 5 === 4 || themeIds.length === 0) continue;
    replaceCaseThemes(db, summary.id, faker.helpers.arrayElements(themeIds, { min: 1, max: 3 }), actorId, at);
    tagged += 1;
  }
  return tagged;
}

function addEvents(db: Db, cases: readonly CaseSummary[], today: string, actorId: string, at: string): number {
  const reviewed = cases.filter((summary) => summary.kind !== 'care-leaver-signpost');
  for (const [index, event] of EVENTS.entries()) {
    const attendance = faker.number.int({ min: 8, max: 60 });
    const feedbackResponses = faker.number.int({ min: Math.floor(attendance / 3), max: attendance });
    const linked = index % 2 === 0 ? reviewed[index] : undefined;
    insertLearningEvent(
      db,
      {
        ...event,
        heldOn: addCalendarDays(today, -faker.number.int({ min: 7 + index * 40, max: 40 + index * 40 })),
        caseId: linked?.id ?? null,
        attendance,
        feedbackResponses,
        understandBetter: faker.number.int({ min: Math.floor(feedbackResponses / 2), max: feedbackResponses }),
        notes: '',
      },
      actorId,
      at,
    );
  }
  return EVENTS.length;
}

/** Finished reviews first (the family is usually asked at the end), then the longest running. */
function feedbackCases(cases: readonly CaseSummary[]): CaseSummary[] {
  const finished = (summary: CaseSummary) => (['action-plan', 'closed', 'publication'].includes(summary.stage) ? 0 : 1);
  return inOrder(cases.filter((summary) => summary.kind !== 'care-leaver-signpost' && summary.stage !== 'referral'))
    .sort((a, b) => finished(a) - finished(b))
    .slice(0, FEEDBACK.length);
}

function addFeedback(db: Db, cases: readonly CaseSummary[], today: string, actorId: string, at: string): number {
  const chosen = feedbackCases(cases);
  for (const [index, summary] of chosen.entries()) {
    const given = addCalendarDays(summary.closedOn ?? summary.referralDate, 14);
    insertFamilyFeedback(db, summary.id, { ...FEEDBACK[index]!, receivedOn: given > today ? today : given }, actorId, at);
  }
  return chosen.length;
}

/** The earlier case's first child appears again on the later case, under the later case's next letter code. */
function childAgain(db: Db, earlier: CaseSummary, later: CaseSummary, at: string): boolean {
  const child = listPeople(db, earlier.id).find((person) => person.role === 'child');
  if (child === undefined) return false;
  const children = listPeople(db, later.id).filter((person) => person.role === 'child').length;
  const details = { otherNames: child.otherNames, datesOfBirth: child.datesOfBirth, dateOfDeath: null, addresses: [], contactDetails: [], relationship: '', agency: '', notes: '' };
  const personId = insertPerson(db, later.id, { role: 'child', givenNames: child.givenNames, familyName: child.familyName, publishAs: `Child ${String.fromCharCode(65 + children)}`, details }, at);
  replaceSearchTerms(db, personId, searchTermsFor({ givenNames: child.givenNames, familyName: child.familyName, otherNames: child.otherNames, datesOfBirth: child.datesOfBirth }));
  return true;
}

/** The newest case repeats the oldest (flagged); the second newest repeats the second oldest (left as a suggestion). */
function addRepeats(db: Db, cases: readonly CaseSummary[], actorId: string, at: string): number {
  // A care leaver's death is signposted to the adults board: it is no child's earlier review.
  const ordered = inOrder(cases.filter((summary) => summary.kind !== 'care-leaver-signpost'));
  if (ordered.length < 4) return 0;
  const [oldest, secondOldest] = [ordered[0]!, ordered[1]!];
  const [newest, secondNewest] = [ordered.at(-1)!, ordered.at(-2)!];
  childAgain(db, secondOldest, secondNewest, at);
  if (!childAgain(db, oldest, newest, at)) return 0;
  insertRepeatIncident(db, { caseId: newest.id, earlierCaseId: oldest.id, note: 'The same child was the subject of an earlier review.', flaggedBy: actorId, flaggedAt: at });
  return 1;
}

export function addDemoLearning(session: Session, cases: readonly CaseSummary[], now: Date = new Date()): void {
  session.authorise('cases.create', 'add demonstration learning');
  const store = session.store;
  store.change((db, audit) => {
    const at = now.toISOString();
    const today = todayInLondon(now);
    const counts = {
      tagged: tagThemes(db, cases, session.userId, at),
      events: addEvents(db, cases, today, session.userId, at),
      familyFeedback: addFeedback(db, cases, today, session.userId, at),
      repeats: addRepeats(db, cases, session.userId, at),
    };
    audit({ actorId: session.userId, action: 'demo.learning-added', recordType: 'store', recordId: store.storeId, details: counts });
  });
}
