/**
 * Saving and removing a case's records. Each save is checked against its schema, its dates and
 * the rules that join records together (no outcome from an inquorate meeting; an endorsement
 * names a meeting of this case), then written with its audit event and the case's clocks in one
 * transaction, so nothing is ever saved half-way.
 */
import { AppError, problemsFromIssues, type Problem } from '../../shared/errors.ts';
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { RECORD_LABELS, recordSave, SINGLETON_RECORDS, type RecordData, type RecordSave, type RecordType } from '../../shared/reviews/records.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { deleteRecord, findRecord, findSingleton, insertRecord, listRecords, updateRecord, type StoredRecord } from '../store/repositories/case-records.ts';
import { caseSummaryById, replaceCaseAgencies, requireCaseId, updateCaseReferralDates } from '../store/repositories/cases.ts';
import { recordsOf } from './case-state.ts';
import { buildCaseView } from './case-view.ts';
import { refuseProblems } from './input-problems.ts';
import { clockContext, syncClocks } from './clock-sync.ts';
import { inquorateMessage, meetingQuorum, partnerLookup } from './quorum.ts';
import { datesProblems } from './record-dates.ts';
import { checkReferral } from './referral-rules.ts';

type ParsedSave = { [T in RecordType]: { type: T; data: RecordData<T> } }[RecordType];

function parseSave(record: RecordSave): ParsedSave {
  const parsed = recordSave.safeParse(record);
  if (!parsed.success) refuseProblems(problemsFromIssues(parsed.error.issues), 'record.', 'the record');
  return parsed.data as ParsedSave;
}

function notOnCase(reference: string, type: RecordType, id: number): AppError {
  return new AppError('NOT_FOUND', `There is no ${RECORD_LABELS[type].toLowerCase()} with id ${id} on case ${reference}. It may have been removed: reload the case.`);
}

/** The record this save replaces, if any: the one named by id, or a singleton's one record. */
function recordToReplace(db: Db, caseId: number, reference: string, id: number | null, type: RecordType): StoredRecord | undefined {
  if (id === null) return SINGLETON_RECORDS.has(type) ? findSingleton(db, caseId, type) : undefined;
  const existing = findRecord(db, id);
  if (existing === undefined || existing.caseId !== caseId || existing.type !== type) throw notOnCase(reference, type, id);
  return existing;
}

/** Problems by field within the record's data ("heldOn"), and for a referral its agencies' ids. */
function checkSave(db: Db, caseId: number, save: ParsedSave): { problems: Problem[]; agencyIds: number[] } {
  const today = todayInLondon();
  if (save.type === 'referral') return checkReferral(db, save.data, today);
  const problems = datesProblems(save.type, save.data, { today, referralDate: caseSummaryById(db, caseId).referralDate });
  if (save.type === 'meeting' && save.data.outcome !== null) {
    const quorum = meetingQuorum(0, save.data, partnerLookup(db));
    if (!quorum.quorate) problems.push({ path: 'outcome', message: inquorateMessage(quorum) });
  }
  if (save.type === 'endorsement') {
    const meetingId = save.data.meetingId;
    if (!recordsOf(listRecords(db, caseId), 'meeting').some((meeting) => meeting.id === meetingId)) problems.push({ path: 'meetingId', message: 'Choose a meeting of this case' });
  }
  return { problems, agencyIds: [] };
}

export function saveRecord(session: Session, reference: string, id: number | null, record: RecordSave): CaseView {
  const store = session.store;
  const caseId = requireCaseId(store.db, reference);
  session.authorise('cases.edit', 'change this case', { caseId });
  const save = parseSave(record);
  store.change((db, audit) => {
    const existing = recordToReplace(db, caseId, reference, id, save.type);
    const { problems, agencyIds } = checkSave(db, caseId, save);
    if (problems.length > 0) refuseProblems(problems, 'record.data.', `the ${RECORD_LABELS[save.type].toLowerCase()}`);
    const now = new Date().toISOString();
    let recordId: number;
    if (existing === undefined) recordId = insertRecord(db, { caseId, type: save.type, data: save.data, enteredBy: session.userId, enteredAt: now });
    else {
      recordId = existing.id;
      updateRecord(db, existing.id, { data: save.data, updatedBy: session.userId, updatedAt: now });
    }
    if (save.type === 'referral') {
      updateCaseReferralDates(db, caseId, { incidentDate: save.data.incidentDate, referralDate: save.data.referralDate });
      replaceCaseAgencies(db, caseId, agencyIds);
    }
    syncClocks(db, caseId, clockContext(db));
    audit({ actorId: session.userId, action: 'case.record-saved', recordType: 'case', recordId: caseId, details: { type: save.type, recordId } });
  });
  return buildCaseView(session, caseId);
}

export function removeRecord(session: Session, reference: string, id: number): CaseView {
  const store = session.store;
  const caseId = requireCaseId(store.db, reference);
  session.authorise('cases.edit', 'change this case', { caseId });
  store.change((db, audit) => {
    const existing = findRecord(db, id);
    if (existing === undefined || existing.caseId !== caseId) throw new AppError('NOT_FOUND', `There is no record with id ${id} on case ${reference}. It may have been removed already: reload the case.`);
    if (existing.type === 'referral') throw new AppError('INVALID_INPUT', 'The referral cannot be removed: it is what opened the case. Correct it instead.');
    if (existing.type === 'meeting' && recordsOf(listRecords(db, caseId), 'endorsement').some((endorsement) => endorsement.data.meetingId === id)) {
      throw new AppError('INVALID_INPUT', 'This meeting has endorsements of its outcome. Remove those first, then the meeting.');
    }
    deleteRecord(db, id);
    syncClocks(db, caseId, clockContext(db));
    audit({ actorId: session.userId, action: 'case.record-removed', recordType: 'case', recordId: caseId, details: { type: existing.type, recordId: id } });
  });
  return buildCaseView(session, caseId);
}
