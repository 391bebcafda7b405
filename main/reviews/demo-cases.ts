/**
 * Synthetic cases for demonstrations, the preview and the dashboard benchmark: en_GB fake names
 * and dates, never a real person. Cases are spread across the stages the way a partnership's
 * would be (some referrals waiting, some screened, rapid reviews met and some become LCSPRs,
 * some closed, some with clocks overdue). Thousands are needed for the benchmark, so they are
 * written in one change with one audit event rather than one service call per record.
 */
import { fakerEN_GB as faker } from '@faker-js/faker';
import type { CaseKind, CaseStage } from '../../shared/case-kinds.ts';
import { AGENCIES } from '../../shared/organisations.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import type { NamedPerson } from '../../shared/reviews/fields.ts';
import { RECORD_SCHEMAS, type RecordInput, type RecordType, type ScreeningDecision } from '../../shared/reviews/records.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { insertPerson, replaceSearchTerms } from '../store/repositories/case-people.ts';
import type { StageHistoryEntry } from '../store/repositories/case-stage-history.ts';
import { caseSummaryById, nextCaseReference, type CaseSummary } from '../store/repositories/cases.ts';
import { insertCaseState } from './case-state.ts';
import { clockContext, syncClocks } from './clock-sync.ts';
import { searchTermsFor } from './search-terms.ts';

const LOCAL_AUTHORITY = "Salford City Council Children's Services";
const POLICE = 'Greater Manchester Police';
const HEALTH = 'NHS GM ICB Salford locality';

/** A complete, valid referral of invented facts; tests and the command line start cases from it. */
export function demoReferral(overrides: Partial<RecordInput<'referral'>> = {}): RecordInput<'referral'> {
  return {
    kindRequested: 'rapid-review',
    referrerName: 'Robin Example',
    referrerAgency: 'Education',
    incidentDate: '2026-01-05',
    referralDate: '2026-01-07',
    criteriaDeathOrSeriousHarm: 'serious-harm',
    criteriaAbuseOrNeglect: true,
    leadConsulted: true,
    leadConsultedName: 'Sam Example',
    familyConsulted: false,
    familyNotConsultedReason: 'The police investigation is continuing.',
    aboutTheChild: 'An invented child who loves drawing and football.',
    whatHappened: 'An invented incident for testing.',
    whyLearning: 'Agencies may have missed signs of neglect.',
    immediateSafetyActions: '',
    agencies: ['Education'],
    goodOutcome: null,
    ...overrides,
  };
}

function person(organisation: string): NamedPerson {
  return { name: faker.person.fullName(), organisation };
}

interface DemoRecord {
  readonly id: number;
  readonly type: RecordType;
  readonly data: Record<string, unknown>;
}

/** One invented case, built up stage by stage until its next step would fall after today. */
class DemoCase {
  readonly records: DemoRecord[] = [];
  readonly history: Array<{ kind: CaseKind; stage: CaseStage; enteredOn: string }> = [];
  kind: CaseKind;
  stage: CaseStage = 'referral';
  private nextId = 1;

  constructor(
    readonly referral: RecordInput<'referral'> & { referralDate: string; incidentDate: string; kindRequested: CaseKind },
    readonly today: string,
  ) {
    this.kind = referral.kindRequested;
    this.add('referral', referral);
    this.history.push({ kind: this.kind, stage: 'referral', enteredOn: referral.referralDate });
  }

  add(type: RecordType, data: object): number {
    const id = this.nextId++;
    this.records.push({ id, type, data: data as Record<string, unknown> });
    return id;
  }

  /** Whether a step on `date` has happened yet. */
  happened(date: string): boolean {
    return date <= this.today;
  }

  move(stage: CaseStage, on: string, kind: CaseKind = this.kind): void {
    this.kind = kind;
    this.stage = stage;
    this.history.push({ kind, stage, enteredOn: on });
  }

  get lastDate(): string {
    return this.history.at(-1)!.enteredOn;
  }
}

const later = (date: string, min: number, max: number) => addCalendarDays(date, faker.number.int({ min, max }));

function screen(demo: DemoCase): ScreeningDecision | null {
  const decidedOn = later(demo.referral.referralDate, 1, 9);
  if (!demo.happened(decidedOn)) return null;
  const decision: ScreeningDecision = faker.number.int({ min: 1, max: 10 }) === 1 ? 'no-further-action' : demo.kind === 'care-leaver-signpost' ? 'signpost-adults-board' : (demo.kind as ScreeningDecision);
  demo.add('screening', { decidedOn, decision, rationale: faker.lorem.sentence(), panel: [person(LOCAL_AUTHORITY), person(POLICE), person(HEALTH)], scrutineerName: '', scrutineerComment: '', scrutineerCommentedOn: null });
  return decision;
}

function meeting(demo: DemoCase, meetingKind: 'rapid-review' | 'review-meeting', heldOn: string, outcome: 'lcspr' | 'other-local-review' | 'no-further-action' | null): number {
  return demo.add('meeting', {
    meetingKind,
    heldOn,
    startsAt: '10:00',
    chair: person(LOCAL_AUTHORITY),
    attendees: [person(POLICE), person(HEALTH), person(faker.helpers.arrayElement(AGENCIES))],
    papersSharedOn: demo.happened(heldOn) ? addCalendarDays(heldOn, -faker.helpers.arrayElement([1, 2, 3, 0])) : null,
    papersSharedAt: '09:00',
    latePapersReason: '',
    readingTimeGiven: '',
    facts: outcome === null ? '' : faker.lorem.paragraph(),
    immediateSafetyActions: '',
    potentialLearning: '',
    pendingInformation: '',
    circumstances: faker.helpers.arrayElements(['deprivation', 'domestic-abuse', 'neglect', 'parental-mental-health'], { min: 0, max: 2 }),
    circumstancesNotes: '',
    outcome,
    outcomeRationale: outcome === null ? '' : faker.lorem.sentence(),
    nationalReviewMayBeAppropriate: outcome === null ? null : false,
  });
}

function rapidReview(demo: DemoCase, screenedOn: string): void {
  const notifiedOn = later(demo.referral.incidentDate, 1, 6);
  const heldOn = later(screenedOn, 7, 15);
  demo.add('notification', { laAwareOn: demo.referral.incidentDate, notifiedOn: demo.happened(notifiedOn) ? (notifiedOn < demo.referral.referralDate ? demo.referral.referralDate : notifiedOn) : null, notificationReference: '' });
  meeting(demo, 'rapid-review', heldOn, null);
  demo.move('rapid-review-meeting', later(screenedOn, 1, 3));
  if (!demo.happened(heldOn) || faker.number.int({ min: 1, max: 5 }) === 1) return;
  const outcome = faker.helpers.weightedArrayElement([
    { weight: 4, value: 'lcspr' as const },
    { weight: 3, value: 'other-local-review' as const },
    { weight: 3, value: 'no-further-action' as const },
  ]);
  const meetingRecord = demo.records.find((record) => record.type === 'meeting')!;
  Object.assign(meetingRecord.data, { outcome, facts: faker.lorem.paragraph(), outcomeRationale: faker.lorem.sentence(), nationalReviewMayBeAppropriate: false });
  for (const [capacity, organisation] of [['scrutineer', 'Business Unit'], ['local-authority', LOCAL_AUTHORITY], ['police', POLICE], ['health', HEALTH]] as const) {
    demo.add('endorsement', { meetingId: meetingRecord.id, capacity, person: person(organisation), endorses: true, comment: '', recordedOn: heldOn, escalatedOn: null, escalationOutcome: '' });
  }
  const sentOn = later(heldOn, 2, 8);
  if (!demo.happened(sentOn)) return;
  demo.add('panel-response', { reportSentOn: sentOn, respondedOn: null, response: null, comments: '' });
  demo.move('national-panel', sentOn);
  const decidedOn = later(sentOn, 5, 20);
  if (!demo.happened(decidedOn) || faker.number.int({ min: 1, max: 4 }) === 1) return;
  if (outcome === 'no-further-action') return demo.move('closed', decidedOn);
  if (outcome === 'other-local-review') return demo.move('method', decidedOn, 'non-statutory-review');
  demo.move('lcspr-set-up', decidedOn, 'lcspr');
  const appointedOn = later(heldOn, 5, 16);
  if (!demo.happened(appointedOn) || faker.datatype.boolean()) return;
  demo.add('lcspr-set-up', {
    leadReviewerName: faker.person.fullName(),
    leadReviewerOrganisation: 'Independent',
    leadReviewerAppointedOn: appointedOn,
    meetsSpecification: true,
    hasReadPolicy: true,
    contractSigned: true,
    termsOfReference: faker.lorem.paragraph(),
    method: 'appreciative-inquiry',
    familyInvolved: true,
    familyInvolvementHow: 'Invited to meet the lead reviewer.',
  });
  const reviewFrom = later(appointedOn > decidedOn ? appointedOn : decidedOn, 10, 30);
  if (demo.happened(reviewFrom)) demo.move('review', reviewFrom);
}

/** Non-statutory, serious offence and good outcome reviews after their screening. */
function localReview(demo: DemoCase, screenedOn: string): void {
  let date = screenedOn;
  if (demo.kind === 'serious-offence-review') {
    demo.move('information-gathering', later(screenedOn, 0, 2));
    const heldOn = later(screenedOn, 10, 25);
    meeting(demo, 'review-meeting', heldOn, null);
    if (!demo.happened(heldOn)) return;
    demo.move('review-meeting', heldOn);
    date = later(heldOn, 5, 20);
  } else if (demo.kind === 'non-statutory-review') {
    demo.move('method', later(screenedOn, 0, 2));
    date = later(screenedOn, 5, 20);
    if (!demo.happened(date)) return;
    demo.add('method', { method: faker.helpers.arrayElement(['multi-agency-audit', 'learning-event', 'local-case-review']), chosenOn: date, notes: '' });
    demo.move('review', date);
  } else {
    demo.move('review', later(screenedOn, 0, 2));
  }
  const reportFrom = later(date, 20, 60);
  if (!demo.happened(reportFrom)) return;
  demo.move('report', reportFrom);
  const findingsOn = later(reportFrom, 10, 40);
  if (!demo.happened(findingsOn)) return;
  demo.add('findings', { summary: faker.lorem.paragraph(), completedOn: findingsOn });
  const next = demo.kind === 'good-outcome-review' ? 'closed' : 'action-plan';
  demo.move(next, findingsOn);
}

function demoCase(today: string): DemoCase {
  const referralDate = addCalendarDays(today, -faker.number.int({ min: 0, max: 540 }));
  const kindRequested = faker.helpers.weightedArrayElement([
    { weight: 45, value: 'rapid-review' as const },
    { weight: 20, value: 'non-statutory-review' as const },
    { weight: 12, value: 'serious-offence-review' as const },
    { weight: 13, value: 'good-outcome-review' as const },
    { weight: 5, value: 'care-leaver-signpost' as const },
  ]);
  const referral = demoReferral({
    kindRequested,
    referrerName: faker.person.fullName(),
    referrerAgency: faker.helpers.arrayElement(AGENCIES),
    incidentDate: addCalendarDays(referralDate, -faker.number.int({ min: 0, max: 7 })),
    referralDate,
    aboutTheChild: faker.lorem.paragraph(),
    whatHappened: faker.lorem.paragraph(),
    whyLearning: faker.lorem.sentence(),
    agencies: faker.helpers.arrayElements(AGENCIES, { min: 3, max: 7 }),
    goodOutcome:
      kindRequested === 'good-outcome-review'
        ? { livedExperience: faker.lorem.sentence(), stepsTaken: faker.lorem.sentence(), before: faker.lorem.sentence(), barriers: faker.lorem.sentence(), effect: faker.lorem.sentence(), learning: faker.lorem.sentence() }
        : null,
  });
  const demo = new DemoCase({ ...referral, referralDate, incidentDate: referral.incidentDate, kindRequested }, today);
  const startsScreening = later(referralDate, 0, 2);
  // One referral in eight is still waiting to be screened, whatever its age: the overdue ones.
  if (!demo.happened(startsScreening) || faker.number.int({ min: 1, max: 8 }) === 1) return demo;
  demo.move('screening', startsScreening);
  const decision = screen(demo);
  if (decision === null) return demo;
  const screenedOn = demo.records.find((record) => record.type === 'screening')!.data.decidedOn as string;
  if (decision === 'no-further-action' || decision === 'signpost-adults-board') {
    demo.move('closed', screenedOn, decision === 'signpost-adults-board' ? 'care-leaver-signpost' : demo.kind);
    return demo;
  }
  if (decision === 'rapid-review') {
    demo.move('information-gathering', screenedOn);
    rapidReview(demo, screenedOn);
  } else localReview(demo, screenedOn);
  return demo;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function addChildren(db: Db, caseId: number, at: string): void {
  const familyName = faker.person.lastName();
  const count = faker.helpers.weightedArrayElement([
    { weight: 7, value: 1 },
    { weight: 2, value: 2 },
    { weight: 1, value: 3 },
  ]);
  for (let index = 0; index < count; index += 1) {
    const givenNames = faker.person.firstName();
    const dateOfBirth = faker.date.birthdate({ mode: 'age', min: 0, max: 17 }).toISOString().slice(0, 10);
    const otherNames = faker.datatype.boolean({ probability: 0.2 }) ? [`${givenNames} ${faker.person.lastName()}`] : [];
    const details = { otherNames, datesOfBirth: [dateOfBirth], dateOfDeath: null, addresses: [faker.location.streetAddress({ useFullAddress: true })], contactDetails: [], relationship: '', agency: '', notes: '' };
    const personId = insertPerson(db, caseId, { role: 'child', givenNames, familyName, publishAs: `Child ${LETTERS[index]!}`, details }, at);
    replaceSearchTerms(db, personId, searchTermsFor({ givenNames, familyName, otherNames, datesOfBirth: [dateOfBirth] }));
  }
}

export function addDemoCases(session: Session, count: number, now: Date = new Date()): CaseSummary[] {
  session.authorise('cases.create', 'add demonstration cases');
  const store = session.store;
  const ids = store.change((db, audit) => {
    const context = clockContext(db);
    const numbers = new Map<number, number>();
    const created: number[] = [];
    const createdAt = now.toISOString();
    const today = todayInLondon(now);
    for (let index = 0; index < count; index += 1) {
      const demo = demoCase(today);
      const year = Number(demo.referral.referralDate.slice(0, 4));
      // Numbered in memory after the store's last: asking the store 5,000 times is slow.
      const number = numbers.get(year) ?? Number(nextCaseReference(db, year).slice(-3)) - 1;
      numbers.set(year, number + 1);
      const history: StageHistoryEntry[] = demo.history.map((entry) => ({ ...entry, enteredAt: `${entry.enteredOn}T09:00:00.000Z`, enteredBy: session.userId }));
      const { caseId } = insertCaseState(db, {
        reference: `PRM-${year}-${String(number + 1).padStart(3, '0')}`,
        kind: demo.kind,
        stage: demo.stage,
        incidentDate: demo.referral.incidentDate,
        referralDate: demo.referral.referralDate,
        closedOn: demo.stage === 'closed' ? demo.lastDate : null,
        stageEnteredOn: demo.lastDate,
        createdAt,
        agencies: demo.referral.agencies ?? [],
        history,
        // Through each record's schema, so the defaults a save would fill in are filled in here too.
        records: demo.records.map((record) => ({ ...record, data: RECORD_SCHEMAS[record.type].parse(record.data) as Record<string, unknown>, enteredBy: session.userId, enteredAt: createdAt })),
      });
      addChildren(db, caseId, createdAt);
      syncClocks(db, caseId, context);
      created.push(caseId);
    }
    audit({ actorId: session.userId, action: 'demo.cases-added', recordType: 'store', recordId: store.storeId, details: { count } });
    return created;
  });
  return ids.map((id) => caseSummaryById(store.db, id));
}
