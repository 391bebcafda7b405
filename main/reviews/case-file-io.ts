/**
 * A whole case in and out of the store as a case file (shared/reviews/case-file.ts): import for
 * migrating cases from spreadsheets and records, export for administrators. An import is one
 * transaction: a file with any problem writes nothing, and every problem is listed by its path.
 */
import { AppError, type Problem } from '../../shared/errors.ts';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, caseFileSchema, type CaseFile } from '../../shared/reviews/case-file.ts';
import { personInput, type PersonRole } from '../../shared/reviews/people.ts';
import type { RecordType } from '../../shared/reviews/records.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { caseIdByReference, nextCaseReference, requireCaseId } from '../store/repositories/cases.ts';
import { listOrganisations } from '../store/repositories/organisations.ts';
import { searchTermsFor } from './search-terms.ts';

export interface ImportedCase {
  readonly reference: string;
  /** The reference the file asked for, when it was taken and a new one was given. */
  readonly requestedReference: string | null;
}

function problemsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Problem[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function refuse(problems: Problem[]): never {
  const listed = problems.map((problem) => `  ${problem.path || '(the file)'}: ${problem.message}`).join('\n');
  throw new AppError('INVALID_INPUT', `The case file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported:\n${listed}`, problems);
}

const MEETING_SUBJECT = /^meeting:(\d+)$/;

export function importCase(session: Session, json: unknown): ImportedCase {
  session.authorise('cases.create', 'import cases');
  const parsed = caseFileSchema.safeParse(json);
  if (!parsed.success) refuse(problemsOf(parsed.error.issues));
  const file = parsed.data;
  const store = session.store;
  const organisations = new Map(listOrganisations(store.db).map((organisation) => [organisation.name.toLowerCase(), organisation]));
  const unknownAgencies = file.case.agencies.flatMap((name, index) =>
    organisations.get(name.toLowerCase())?.kind === 'agency' ? [] : [{ path: `case.agencies.${index}`, message: `There is no agency called "${name}" in this store: add it in the policy settings first, or correct the name` }],
  );
  if (unknownAgencies.length > 0) refuse(unknownAgencies);

  return store.change((db, audit) => {
    const requested = file.case.reference;
    const reference = caseIdByReference(db, requested) === undefined ? requested : nextCaseReference(db, Number(file.case.referralDate.slice(0, 4)));
    const caseId = insertCase(db, file, reference, organisations);
    const userId = session.userId;
    const recordIds = insertRecords(db, caseId, file, userId);
    insertHistory(db, caseId, file, userId);
    insertPeople(db, caseId, file);
    insertClocks(db, caseId, file, recordIds);
    audit({
      actorId: userId,
      action: 'case.imported',
      recordType: 'case',
      recordId: caseId,
      details: { reference, requestedReference: requested, records: file.records.length, people: file.people.length },
    });
    return { reference, requestedReference: reference === requested ? null : requested };
  });
}

function insertCase(db: Db, file: CaseFile, reference: string, organisations: Map<string, { id: number }>): number {
  const id = Number(
    db
      .prepare('INSERT INTO cases (reference, kind, stage, incident_date, referral_date, created_at, closed_on, stage_entered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(reference, file.case.kind, file.case.stage, file.case.incidentDate, file.case.referralDate, new Date().toISOString(), file.case.closedOn, file.case.stageEnteredOn).lastInsertRowid,
  );
  const link = db.prepare('INSERT OR IGNORE INTO case_agencies (case_id, organisation_id) VALUES (?, ?)');
  for (const name of file.case.agencies) link.run(id, organisations.get(name.toLowerCase())!.id);
  return id;
}

/** Inserts the records in file order and returns the store's id for each file id. */
function insertRecords(db: Db, caseId: number, file: CaseFile, userId: string): Map<number, number> {
  const ids = new Map<number, number>();
  const insert = db.prepare('INSERT INTO case_records (case_id, type, data, entered_by, entered_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const record of file.records) {
    const id = Number(insert.run(caseId, record.type, JSON.stringify(record.data), userId, record.enteredAt, record.updatedAt === null ? null : userId, record.updatedAt).lastInsertRowid);
    ids.set(record.id, id);
  }
  // Records keep the file's order; an endorsement learns its meeting's new id once all are in.
  const repoint = db.prepare('UPDATE case_records SET data = ? WHERE id = ?');
  for (const record of file.records) {
    if (record.type === 'endorsement') repoint.run(JSON.stringify({ ...record.data, meetingId: ids.get(record.data.meetingId as number) }), ids.get(record.id));
  }
  return ids;
}

function insertHistory(db: Db, caseId: number, file: CaseFile, userId: string): void {
  const insert = db.prepare('INSERT INTO case_stage_history (case_id, kind, stage, entered_on, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?)');
  for (const entry of file.stageHistory) insert.run(caseId, entry.kind, entry.stage, entry.enteredOn, entry.enteredAt, entry.enteredBy === null ? null : userId);
}

function insertPeople(db: Db, caseId: number, file: CaseFile): void {
  const insert = db.prepare('INSERT INTO case_people (case_id, role, given_names, family_name, publish_as, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const term = db.prepare('INSERT INTO person_search_terms (person_id, kind, term) VALUES (?, ?, ?)');
  const now = new Date().toISOString();
  for (const person of file.people) {
    const { id: _fileId, role, givenNames, familyName, publishAs, ...details } = person;
    const id = Number(insert.run(caseId, role, givenNames, familyName, publishAs, JSON.stringify(details), now).lastInsertRowid);
    for (const entry of searchTermsFor(person)) term.run(id, entry.kind, entry.term);
  }
}

function insertClocks(db: Db, caseId: number, file: CaseFile, recordIds: Map<number, number>): void {
  const insert = db.prepare('INSERT INTO case_clocks (case_id, clock, subject, starts_on, due_on, amount, completed_on) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const clock of file.clocks) {
    const meeting = MEETING_SUBJECT.exec(clock.subject);
    const subject = meeting === null ? clock.subject : `meeting:${recordIds.get(Number(meeting[1])) ?? meeting[1]}`;
    insert.run(caseId, clock.clock, subject, clock.startsOn, clock.dueOn, clock.amount, clock.completedOn);
  }
}

interface StoredRecord {
  id: number;
  type: RecordType;
  data: string;
  enteredBy: string | null;
  enteredAt: string;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** The whole case as a case file. Administrators only, and audited: the file is plaintext. */
export function exportCase(session: Session, reference: string): CaseFile {
  session.authorise('cases.export', 'export cases');
  const store = session.store;
  const caseId = requireCaseId(store.db, reference);
  const file = readCaseFile(store.db, caseId);
  store.change((_db, audit) => audit({ actorId: session.userId, action: 'case.exported', recordType: 'case', recordId: caseId, details: { reference: file.case.reference } }));
  return file;
}

function readCaseFile(db: Db, caseId: number): CaseFile {
  const row = db
    .prepare('SELECT reference, kind, stage, incident_date AS incidentDate, referral_date AS referralDate, stage_entered_on AS stageEnteredOn, closed_on AS closedOn FROM cases WHERE id = ?')
    .get(caseId) as CaseFile['case'];
  const agencies = (db.prepare('SELECT o.name FROM case_agencies ca JOIN organisations o ON o.id = ca.organisation_id WHERE ca.case_id = ? ORDER BY o.name').all(caseId) as { name: string }[]).map((agency) => agency.name);
  const history = db
    .prepare(
      `SELECT h.kind, h.stage, h.entered_on AS enteredOn, h.entered_at AS enteredAt, u.name AS enteredBy
       FROM case_stage_history h LEFT JOIN users u ON u.id = h.entered_by WHERE h.case_id = ? ORDER BY h.id`,
    )
    .all(caseId) as CaseFile['stageHistory'];
  const stored = db
    .prepare(
      `SELECT r.id, r.type, r.data, e.name AS enteredBy, r.entered_at AS enteredAt, u.name AS updatedBy, r.updated_at AS updatedAt
       FROM case_records r LEFT JOIN users e ON e.id = r.entered_by LEFT JOIN users u ON u.id = r.updated_by WHERE r.case_id = ? ORDER BY r.id`,
    )
    .all(caseId) as StoredRecord[];
  const fileIds = new Map(stored.map((record, index) => [record.id, index + 1]));
  const records = stored.map((record) => {
    const data = JSON.parse(record.data) as Record<string, unknown>;
    if (record.type === 'endorsement') data.meetingId = fileIds.get(data.meetingId as number) ?? data.meetingId;
    return { id: fileIds.get(record.id)!, type: record.type, data, enteredBy: record.enteredBy, enteredAt: record.enteredAt, updatedBy: record.updatedBy, updatedAt: record.updatedAt };
  });
  const people = (
    db.prepare('SELECT role, given_names AS givenNames, family_name AS familyName, publish_as AS publishAs, details FROM case_people WHERE case_id = ? ORDER BY id').all(caseId) as {
      role: PersonRole;
      givenNames: string;
      familyName: string;
      publishAs: string;
      details: string;
    }[]
  ).map((person, index) => {
    const details = JSON.parse(person.details) as Record<string, unknown>;
    const parsed = personInput.parse({ ...details, id: null, role: person.role, givenNames: person.givenNames, familyName: person.familyName, publishAs: person.publishAs });
    return { ...parsed, id: index + 1, publishAs: person.publishAs };
  });
  const clocks = (
    db.prepare('SELECT clock, subject, starts_on AS startsOn, due_on AS dueOn, amount, completed_on AS completedOn FROM case_clocks WHERE case_id = ? ORDER BY clock, subject').all(caseId) as CaseFile['clocks']
  ).map((clock) => {
    const meeting = MEETING_SUBJECT.exec(clock.subject);
    return meeting === null ? clock : { ...clock, subject: `meeting:${fileIds.get(Number(meeting[1])) ?? meeting[1]}` };
  });
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    exportedAt: new Date().toISOString(),
    case: { ...row, agencies },
    stageHistory: history,
    records,
    people,
    clocks,
  };
}
