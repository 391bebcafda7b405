/**
 * A whole case in and out of the store as a case file (shared/reviews/case-file.ts): import for
 * migrating cases from spreadsheets and records, export for administrators. An import is one
 * transaction: a file with any problem writes nothing, and every problem is listed by its path.
 */
import { AppError, problemsFromIssues, type Problem } from '../../shared/errors.ts';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, caseFileSchema, type CaseFile } from '../../shared/reviews/case-file.ts';
import type { RecordType } from '../../shared/reviews/records.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { caseIdByReference, nextCaseReference, requireCaseId } from '../store/repositories/cases.ts';
import { listOrganisations } from '../store/repositories/organisations.ts';
import { insertPerson, listPeople, replaceSearchTerms } from '../store/repositories/case-people.ts';
import { insertCaseState } from './case-state.ts';
import { searchTermsFor } from './search-terms.ts';

export interface ImportedCase {
  readonly reference: string;
  /** The reference the file asked for, when it was taken and a new one was given. */
  readonly requestedReference: string | null;
}

function refuse(problems: Problem[]): never {
  const listed = problems.map((problem) => `  ${problem.path || '(the file)'}: ${problem.message}`).join('\n');
  throw new AppError('INVALID_INPUT', `The case file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported:\n${listed}`, problems);
}

const MEETING_SUBJECT = /^meeting:(\d+)$/;

export function importCase(session: Session, json: unknown): ImportedCase {
  session.authorise('cases.create', 'import cases');
  const parsed = caseFileSchema.safeParse(json);
  if (!parsed.success) refuse(problemsFromIssues(parsed.error.issues));
  const file = parsed.data;
  const store = session.store;
  const organisations = new Map(listOrganisations(store.db).map((organisation) => [organisation.name.toLowerCase(), organisation]));
  const unknownAgencies = file.case.agencies.flatMap((name, index) =>
    organisations.get(name.toLowerCase())?.kind === 'agency' ? [] : [{ path: `case.agencies.${index}`, message: `There is no agency called "${name}" in this store: add it in the policy settings first, or correct the name` }],
  );
  if (unknownAgencies.length > 0) refuse(unknownAgencies);

  return store.change((db, audit) => {
    const written = writeCaseFile(db, file, session.userId);
    audit({
      actorId: session.userId,
      action: 'case.imported',
      recordType: 'case',
      recordId: written.caseId,
      details: { reference: written.reference, requestedReference: file.case.reference, records: file.records.length, people: file.people.length },
    });
    return { reference: written.reference, requestedReference: written.requestedReference };
  });
}

/** The reference a case file's case gets here: its own if no case has it, else the next in the partnership's format. */
export function referenceFor(db: Db, file: CaseFile): string {
  const requested = file.case.reference;
  return caseIdByReference(db, requested) === undefined ? requested : nextCaseReference(db, Number(file.case.referralDate.slice(0, 4)));
}

/**
 * Writes a checked case file as a new case: its stage history, records, people and clocks.
 * Call inside a store change (the caller audits); every agency it names must already be here.
 * `userId` is recorded as the one who entered what the file holds; the file keeps the times.
 */
export function writeCaseFile(db: Db, file: CaseFile, userId: string): ImportedCase & { caseId: number } {
  const requested = file.case.reference;
  const reference = referenceFor(db, file);
  const now = new Date().toISOString();
  const { caseId } = insertCaseState(db, {
    ...file.case,
    // The same agency named twice is one agency.
    agencies: [...new Map(file.case.agencies.map((name) => [name.toLowerCase(), name])).values()],
    reference,
    createdAt: now,
    history: file.stageHistory.map((entry) => ({ ...entry, enteredBy: entry.enteredBy === null ? null : userId })),
    records: file.records.map((record) => ({ ...record, enteredBy: userId, updatedBy: record.updatedAt === null ? null : userId })),
    clocks: file.clocks,
  });
  for (const { id: _fileId, role, givenNames, familyName, publishAs, ...details } of file.people) {
    const personId = insertPerson(db, caseId, { role, givenNames, familyName, publishAs, details }, now);
    replaceSearchTerms(db, personId, searchTermsFor({ givenNames, familyName, otherNames: details.otherNames, datesOfBirth: details.datesOfBirth }));
  }
  return { caseId, reference, requestedReference: reference === requested ? null : requested };
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

/** The whole case as a case file, read with no permission check or audit: callers do both. */
export function readCaseFile(db: Db, caseId: number): CaseFile {
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
  const people = listPeople(db, caseId)
    .sort((a, b) => a.id - b.id)
    .map((person, index) => ({ ...person, id: index + 1 }));
  // A case file does not carry agency evidence (requests, summaries, chronologies, securing), so it
  // does not carry the requests' agency-returns and securing-confirmation clocks either: an
  // imported case would keep clocks that nothing on it explains, until its next change dropped them.
  const clocks = (
    db
      .prepare("SELECT clock, subject, starts_on AS startsOn, due_on AS dueOn, amount, completed_on AS completedOn FROM case_clocks WHERE case_id = ? AND clock NOT IN ('agency-returns', 'securing-confirmation') ORDER BY clock, subject")
      .all(caseId) as CaseFile['clocks']
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
