/** One case as its screens see it: records with who entered them (or signed them), people, clocks, timeline, moves. */
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import type { ClockView } from '../../shared/reviews/clocks.ts';
import { clockStatus, todayInLondon, type ClockException, type StoredClock } from '../../shared/reviews/clock-status.ts';
import { namedPerson, type NamedPerson } from '../../shared/reviews/fields.ts';
import type { RecordView } from '../../shared/reviews/records.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { listDocuments } from '../store/repositories/case-documents.ts';
import { listPeople } from '../store/repositories/case-people.ts';
import type { StoredRecord } from '../store/repositories/case-records.ts';
import { requireCaseId } from '../store/repositories/cases.ts';
import { currentSignatures } from '../store/repositories/signed-records.ts';
import { readClockPolicy, readPublicationNaming } from '../store/repositories/policy-settings.ts';
import { listUsers } from '../store/repositories/users.ts';
import { storeCalendar } from './calendar.ts';
import { loadCaseState, recordsOf } from './case-state.ts';
import { availableMoves, guardFacts } from './moves.ts';
import { meetingQuorum } from './quorum.ts';
import { buildTimeline } from './timeline.ts';

/** The fields of a record that name people who took part: what the Business Unit records on their behalf. */
const PEOPLE_FIELDS = ['chair', 'attendees', 'person', 'panel'] as const;

function namedPeopleIn(data: Record<string, unknown>): NamedPerson[] {
  const people: NamedPerson[] = [];
  for (const field of PEOPLE_FIELDS) {
    const value = data[field];
    for (const candidate of Array.isArray(value) ? value : [value]) {
      const parsed = namedPerson.safeParse(candidate);
      if (parsed.success && !people.some((person) => person.name.toLowerCase() === parsed.data.name.toLowerCase() && person.organisation === parsed.data.organisation)) people.push(parsed.data);
    }
  }
  return people;
}

function recordView(record: StoredRecord, userNames: ReadonlyMap<string, string>, signed: RecordView['signed']): RecordView {
  const enteredBy = userNames.get(record.enteredBy) ?? 'a former user';
  return {
    id: record.id,
    type: record.type,
    data: record.data,
    enteredBy,
    enteredAt: record.enteredAt,
    updatedBy: record.updatedBy === null ? null : (userNames.get(record.updatedBy) ?? 'a former user'),
    updatedAt: record.updatedAt,
    // A signed entry is the person's own: nobody here speaks for them.
    onBehalfOf: signed ? [] : namedPeopleIn(record.data).filter((person) => person.name.trim().toLowerCase() !== enteredBy.trim().toLowerCase()),
    signed: signed ?? null,
  };
}

function exceptionFor(clock: StoredClock, exceptions: ReadonlyArray<{ clock: string; subject: string } & ClockException>): ClockException | null {
  const found = exceptions.find((exception) => exception.clock === clock.clock && exception.subject === clock.subject) ?? exceptions.find((exception) => exception.clock === clock.clock && exception.subject === '');
  return found === undefined ? null : { reason: found.reason, panelToldOn: found.panelToldOn };
}

function clockViews(db: Db, clocks: readonly StoredClock[], records: readonly StoredRecord[], today: string): ClockView[] {
  const calendar = storeCalendar(db);
  const amber = readClockPolicy(db).amberWorkingDays;
  const exceptions = recordsOf(records, 'clock-exception').map((record) => record.data);
  return clocks.map((clock) => clockStatus(clock, today, calendar, amber, exceptionFor(clock, exceptions)));
}

/** The view of a case for a caller already allowed to see it (after creating it, or through readCase). */
export function buildCaseView(session: Session, caseId: number): CaseView {
  const db = session.store.db;
  const state = loadCaseState(db, caseId);
  const today = todayInLondon();
  const userNames = new Map(listUsers(db).map((user) => [user.id, user.name]));
  const facts = guardFacts(db, state);
  const signatures = new Map(currentSignatures(db, caseId).map(({ recordId, ...signed }) => [recordId, signed]));
  return {
    summary: state.summary,
    records: state.records.map((record) => recordView(record, userNames, signatures.get(record.id))),
    people: listPeople(db, caseId),
    clocks: clockViews(db, state.clocks, state.records, today),
    timeline: buildTimeline(state.summary, state.history, state.clocks),
    moves: availableMoves(facts),
    meetings: recordsOf(state.records, 'meeting').map((meeting) => meetingQuorum(meeting.id, meeting.data, facts.partnerOf)),
    documents: listDocuments(db, caseId),
    canEdit: session.can('cases.edit', { caseId }),
    publicationNaming: readPublicationNaming(db),
    today,
  };
}

export function readCase(session: Session, reference: string): CaseView {
  const caseId = requireCaseId(session.store.db, reference);
  session.authorise('cases.read', 'open this case', { caseId });
  return buildCaseView(session, caseId);
}
