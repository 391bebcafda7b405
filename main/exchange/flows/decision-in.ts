/**
 * A request for a decision taken in on the person's install opens a task for them; their signed
 * decision taken in on the Business Unit's install replaces the entry made on their behalf. The
 * replaced entry is kept (case_record_versions) and the record is marked as signed by the person,
 * from the install that signed the bundle (signed_records), so the history shows both.
 */
import { AppError, type Problem } from '../../../shared/errors.ts';
import { decisionPayload, decisionRequestPayload, type DecisionPayload } from '../../../shared/exchange/payloads.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { RECORD_LABELS } from '../../../shared/reviews/records.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import { recordsOf } from '../../reviews/case-state.ts';
import { clockContext, syncClocks } from '../../reviews/clock-sync.ts';
import { datesProblems } from '../../reviews/record-dates.ts';
import type { Session } from '../../security/session.ts';
import type { Db } from '../../store/open-database.ts';
import { findRecord, listRecords, updateRecord, type StoredRecord } from '../../store/repositories/case-records.ts';
import { caseSummaryById } from '../../store/repositories/cases.ts';
import { findBundleRow } from '../../store/repositories/exchange-bundles.ts';
import { listTasks } from '../../store/repositories/exchange-tasks.ts';
import { currentSignatures, insertRecordVersion, upsertSignedRecord } from '../../store/repositories/signed-records.ts';
import { findUserById } from '../../store/repositories/users.ts';
import type { Incoming, Prepare } from '../flow.ts';
import { activeUsers, assigneeNamed, openTaskFromBundle, theirReferenceOf, userNamed } from './decision-draft-tasks.ts';
import { decisionWords, peopleOfDecision, personNamed } from './decision-records.ts';

function refused(message: string, problems: readonly Problem[] = []): AppError {
  return new AppError('BUNDLE_REFUSED', `${message} Nothing was imported.`, problems);
}

function onDate(timestamp: string): string {
  return dateInWords(todayInLondon(new Date(timestamp)));
}

export const prepareDecisionRequest: Prepare = async (session: Session, incoming: Incoming) => {
  const db = session.store.db;
  const payload = decisionRequestPayload.parse(incoming.payload);
  const theirReference = theirReferenceOf(incoming, 'request for a decision');
  const users = activeUsers(db);
  const suggested = userNamed(users, payload.personName) ?? session.user;
  const words = decisionWords(payload.entry.recordType);
  const replyBy = payload.replyBy === null ? '' : `, reply by ${dateInWords(payload.replyBy)}`;
  const task = (assignee: string) => `a task for ${assignee}: ${incoming.sender.organisation} asks ${payload.personName} for their own signed ${words} on case ${theirReference}${replyBy}`;
  const earlier = listTasks(db, null).find(
    (candidate) => candidate.kind === 'decision-request' && candidate.contactId === incoming.sender.id && candidate.theirReference === theirReference && decisionRequestPayload.safeParse(JSON.parse(candidate.payload)).data?.recordId === payload.recordId,
  );
  return {
    ourReference: null,
    willDo: [`Open ${task(suggested.name)}`],
    warnings:
      earlier === undefined
        ? []
        : [`There is already a task for this decision (case ${theirReference}), given to ${earlier.assignedToName} on ${onDate(earlier.receivedAt)}: importing this opens a second one.`],
    problemsToAccept: [],
    assignees: users.map((user) => user.name),
    suggestedAssignee: suggested.name,
    apply(db, audit, options) {
      const assignee = assigneeNamed(db, options.assignTo ?? suggested.name);
      const taskId = openTaskFromBundle(db, audit, session.userId, incoming, { kind: 'decision-request', theirReference, payload, assignee, dueOn: payload.replyBy, items: [] });
      return { caseId: null, ourReference: null, taskId, subject: `task:${taskId}`, applied: [`Opened ${task(assignee.name)}`] };
    },
  };
};

/** The record the answered request was about: it must still be on the case, and of the same kind. */
function recordAnswered(db: Db, incoming: Incoming, payload: DecisionPayload): { record: StoredRecord; reference: string } {
  // The exchange has checked that inReplyTo is a request for a decision sent from here to this sender.
  const sent = findBundleRow(db, incoming.manifest.inReplyTo!, 'sent')!;
  if (sent.subject !== `record:${payload.recordId}` || sent.caseId === null) {
    throw refused(`This signed decision names record ${payload.recordId}, but the request it answers was about another record (${sent.subject ?? 'none'}).`);
  }
  const reference = caseSummaryById(db, sent.caseId).reference;
  const record = findRecord(db, payload.recordId);
  const type = payload.entry.recordType;
  if (record === undefined || record.caseId !== sent.caseId || record.type !== type) {
    throw refused(`The ${RECORD_LABELS[type].toLowerCase()} this signed decision replaces is no longer on case ${reference}: it was removed after the request was sent. Record the decision by hand if it is still needed.`);
  }
  return { record, reference };
}

/** The checks a save makes that the schema cannot: the case's dates, and an endorsement's meeting being one of this case's. */
function saveProblems(db: Db, record: StoredRecord, payload: DecisionPayload): Problem[] {
  const { recordType, data } = payload.entry;
  const problems = datesProblems(recordType, data, { today: todayInLondon(), referralDate: caseSummaryById(db, record.caseId).referralDate });
  if (payload.entry.recordType === 'endorsement') {
    const meetingId = payload.entry.data.meetingId;
    if (!recordsOf(listRecords(db, record.caseId), 'meeting').some((meeting) => meeting.id === meetingId)) problems.push({ path: 'meetingId', message: 'Choose a meeting of this case' });
  }
  return problems.map((problem) => ({ path: `payload.entry.data.${problem.path}`, message: problem.message }));
}

/** Who made the entry being replaced, as the history keeps it: a user here, or an earlier signer. */
function currentAuthor(db: Db, record: StoredRecord): { name: string; at: string; signed: boolean } {
  const signature = currentSignatures(db, record.caseId).find((candidate) => candidate.recordId === record.id);
  if (signature !== undefined) return { name: `${signature.by} (signed, ${signature.organisation})`, at: signature.signedAt, signed: true };
  const userId = record.updatedBy ?? record.enteredBy;
  return { name: findUserById(db, userId)?.name ?? 'a former user', at: record.updatedAt ?? record.enteredAt, signed: false };
}

/** "endorses, comment", for the fields the person changed. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields].filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}

export const prepareDecision: Prepare = async (session: Session, incoming: Incoming) => {
  const db = session.store.db;
  const payload = decisionPayload.parse(incoming.payload);
  const { record, reference } = recordAnswered(db, incoming, payload);
  session.authorise('cases.edit', 'take in signed decisions on this case', { caseId: record.caseId });
  const problems = saveProblems(db, record, payload);
  if (problems.length > 0) {
    throw refused(`This signed decision cannot replace the entry on case ${reference}: ${problems.map((problem) => `${problem.path.replace(/^payload\.entry\.data\./, '')}: ${problem.message}`).join('; ')}.`, problems);
  }
  const type = payload.entry.recordType;
  const from = `${incoming.sender.organisation}, ${incoming.sender.installName}`;
  const author = currentAuthor(db, record);
  const person = payload.personName;
  const replaced = author.signed ? `the signed entry ${author.name} gave on ${onDate(author.at)}` : `the entry ${author.name} made on ${onDate(author.at)} on behalf of ${person}`;
  const changed = changedFields(record.data, payload.entry.data as Record<string, unknown>);
  const warnings: string[] = [];
  if (personNamed(peopleOfDecision(type, payload.entry.data as Record<string, unknown>), person) === undefined) {
    warnings.push(`The signed ${decisionWords(type)} does not name ${person} among the people it speaks for. Check it with ${incoming.sender.organisation} before importing.`);
  }
  return {
    ourReference: reference,
    willDo: [
      `Replace ${replaced} with ${person}’s own signed decision (from ${from}); the earlier entry is kept in the history`,
      changed.length === 0 ? `${person} confirmed the entry as it was` : `${person} changed: ${changed.join(', ')}`,
    ],
    warnings,
    problemsToAccept: [],
    assignees: [],
    suggestedAssignee: null,
    apply(db, audit) {
      // Read again inside the transaction: the entry kept in the history is the one replaced now.
      const { record: current } = recordAnswered(db, incoming, payload);
      const previous = currentAuthor(db, current);
      const now = new Date().toISOString();
      insertRecordVersion(db, { recordId: current.id, data: current.data, enteredBy: previous.name, enteredAt: previous.at, replacedAt: now, replacedByBundle: incoming.manifest.id });
      updateRecord(db, current.id, { data: payload.entry.data, updatedBy: session.userId, updatedAt: now });
      upsertSignedRecord(db, { recordId: current.id, bundleId: incoming.manifest.id, contactId: incoming.sender.id, signedBy: person, signedAt: incoming.manifest.createdAt });
      syncClocks(db, current.caseId, clockContext(db));
      audit({
        actorId: session.userId,
        action: 'case.record-signed',
        recordType: 'case',
        recordId: current.caseId,
        details: { type, recordId: current.id, signedBy: person, decidedOn: payload.decidedOn, bundleId: incoming.manifest.id, from: incoming.sender.fingerprint, replacedEntryBy: previous.name },
      });
      return {
        caseId: current.caseId,
        ourReference: reference,
        taskId: null,
        subject: `record:${current.id}`,
        applied: [`Replaced ${replaced} with ${person}’s own signed decision (from ${from}); the earlier entry is kept in the history`],
      };
    },
  };
};
