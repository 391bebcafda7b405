/**
 * A draft taken in on the agency's install opens a task with the draft beside it; the agency's
 * reply taken in on the Business Unit's install completes that agency's factual-accuracy round
 * (the date it came back and the comments) and keeps any attachments in the case's documents.
 */
import { AppError, type Problem } from '../../../shared/errors.ts';
import { draftPayload, draftReplyPayload, type DraftReplyPayload } from '../../../shared/exchange/payloads.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { factualAccuracyRecord } from '../../../shared/reviews/records.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import { clockContext, syncClocks } from '../../reviews/clock-sync.ts';
import { datesProblems } from '../../reviews/record-dates.ts';
import type { Session } from '../../security/session.ts';
import type { Audit } from '../../store/open-store.ts';
import type { Db } from '../../store/open-database.ts';
import { findDocumentBySha256, insertDocumentFromChunks } from '../../store/repositories/case-documents.ts';
import { findRecord, updateRecord, type StoredRecord } from '../../store/repositories/case-records.ts';
import { caseSummaryById } from '../../store/repositories/cases.ts';
import { findBundleRow } from '../../store/repositories/exchange-bundles.ts';
import { holdSmallCache } from '../../vault/cache-budget.ts';
import type { Incoming, Prepare } from '../flow.ts';
import { readIdentity } from '../identity.ts';
import { counted, sizeInWords } from './case-words.ts';
import { activeUsers, assigneeNamed, openTaskFromBundle, theirReferenceOf } from './decision-draft-tasks.ts';
import { sameOrganisation } from './request-files.ts';

function refused(message: string, problems: readonly Problem[] = []): AppError {
  return new AppError('BUNDLE_REFUSED', `${message} Nothing was imported.`, problems);
}

export const prepareDraft: Prepare = async (session: Session, incoming: Incoming) => {
  const db = session.store.db;
  const payload = draftPayload.parse(incoming.payload);
  const theirReference = theirReferenceOf(incoming, 'draft');
  const item = incoming.manifest.items[payload.draftItem];
  if (payload.draftItem === 0 || item === undefined) throw refused('This draft does not carry the report it describes: the bundle was made wrongly. Ask the sender to make it again.');
  const users = activeUsers(db);
  const suggested = session.user;
  const replyBy = payload.replyBy === null ? '' : `, reply by ${dateInWords(payload.replyBy)}`;
  const task = (assignee: string) => `a task for ${assignee}: draft report for factual accuracy from ${incoming.sender.organisation} for case ${theirReference}${replyBy}`;
  const here = readIdentity(db).organisation;
  return {
    ourReference: null,
    willDo: [
      `Open ${task(suggested.name)}`,
      `Keep the draft “${item.name}” (${sizeInWords(item.size)}) with the task`,
      payload.mayForward ? 'The draft may be forwarded within your agency' : 'The draft must not be forwarded without the lead reviewer’s permission',
    ],
    warnings: sameOrganisation(here, payload.agency) ? [] : [`This draft is for ${payload.agency}, but this install belongs to ${here}. If it reached you by mistake, do not open it: tell ${incoming.sender.organisation}.`],
    problemsToAccept: [],
    assignees: users.map((user) => user.name),
    suggestedAssignee: suggested.name,
    apply(db, audit, options) {
      const assignee = assigneeNamed(db, options.assignTo ?? suggested.name);
      const taskId = openTaskFromBundle(db, audit, session.userId, incoming, { kind: 'draft', theirReference, payload, assignee, dueOn: payload.replyBy, items: [payload.draftItem] });
      return { caseId: null, ourReference: null, taskId, subject: `task:${taskId}`, applied: [`Opened ${task(assignee.name)}`, `Kept the draft “${item.name}” with the task`] };
    },
  };
};

/** The agency's round the reply completes: the record the draft it answers was sent for. */
function roundAnswered(db: Db, incoming: Incoming, payload: DraftReplyPayload): { record: StoredRecord; reference: string } {
  // The exchange has checked that inReplyTo is a draft sent from here to this sender.
  const sent = findBundleRow(db, incoming.manifest.inReplyTo!, 'sent')!;
  if (sent.subject !== `record:${payload.recordId}` || sent.caseId === null) {
    throw refused(`This reply names the factual-accuracy record ${payload.recordId}, but the draft it answers was sent for another (${sent.subject ?? 'none'}).`);
  }
  const reference = caseSummaryById(db, sent.caseId).reference;
  const record = findRecord(db, payload.recordId);
  if (record === undefined || record.caseId !== sent.caseId || record.type !== 'factual-accuracy') {
    throw refused(`The factual-accuracy record this reply completes is no longer on case ${reference}: it was removed after the draft was sent. Record the reply by hand if it is still needed.`);
  }
  if (!sameOrganisation(String(record.data.agency), payload.agency)) {
    throw refused(`This reply is from ${payload.agency}, but the draft it answers was sent to ${String(record.data.agency)}.`);
  }
  return { record, reference };
}

/** Each attachment names a file item of the bundle, once. */
function attachmentItems(incoming: Incoming, payload: DraftReplyPayload): number[] {
  const items = payload.attachmentItems;
  if (items.some((index) => index >= incoming.manifest.items.length) || new Set(items).size !== items.length) {
    throw refused('This reply does not carry the attachments it lists: the bundle was made wrongly. Ask the sender to make it again.');
  }
  return items;
}

/** The record as the reply completes it, checked as a save would be. */
function completedRound(db: Db, record: StoredRecord, payload: DraftReplyPayload, today: string): Record<string, unknown> {
  const parsed = factualAccuracyRecord.safeParse({ ...record.data, returnedOn: today, comments: payload.comments });
  const problems = parsed.success ? datesProblems('factual-accuracy', parsed.data, { today, referralDate: caseSummaryById(db, record.caseId).referralDate }) : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  if (!parsed.success || problems.length > 0) {
    throw refused(`This reply cannot complete the factual-accuracy record: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}.`, problems);
  }
  return parsed.data;
}

/** Keeps an attachment in the case's documents (once: the same bytes already kept are reused); returns whether it was added. */
function keepAttachment(db: Db, audit: Audit, actorId: string, caseId: number, incoming: Incoming, index: number, agency: string): boolean {
  const item = incoming.manifest.items[index]!;
  if (findDocumentBySha256(db, caseId, item.sha256) !== undefined) return false;
  const now = new Date().toISOString();
  const document = { name: item.name, mediaType: item.mediaType, note: `Attached to ${agency}’s factual accuracy reply`, sha256: item.sha256, addedBy: actorId, addedAt: now };
  const { id, size } = insertDocumentFromChunks(db, caseId, document, incoming.opened.readItem(index));
  audit({ actorId, action: 'document.added', recordType: 'case', recordId: caseId, details: { documentId: id, sha256: item.sha256, size, via: 'bundle', bundleId: incoming.manifest.id } });
  return true;
}

export const prepareDraftReply: Prepare = async (session: Session, incoming: Incoming) => {
  const db = session.store.db;
  const payload = draftReplyPayload.parse(incoming.payload);
  const { record, reference } = roundAnswered(db, incoming, payload);
  session.authorise('cases.edit', 'take in factual accuracy replies on this case', { caseId: record.caseId });
  const items = attachmentItems(incoming, payload);
  const today = todayInLondon();
  completedRound(db, record, payload, today);
  const agency = String(record.data.agency);
  const names = items.map((index) => incoming.manifest.items[index]!.name);
  const reply = `${agency}’s factual accuracy reply on the draft sent on ${dateInWords(String(record.data.sentOn))}`;
  const earlier = typeof record.data.returnedOn === 'string' ? record.data.returnedOn : null;
  return {
    ourReference: reference,
    willDo: [`Record ${reply}, with its comments, as returned today (${dateInWords(today)})`, ...(items.length === 0 ? [] : [`Keep ${counted(items.length, 'attachment', 'attachments')} in the case’s documents: ${names.join(', ')}`])],
    warnings: earlier === null ? [] : [`The record already shows a reply on ${dateInWords(earlier)}: this one replaces its date and comments.`],
    problemsToAccept: [],
    assignees: [],
    suggestedAssignee: null,
    apply(db, audit) {
      const { record: current } = roundAnswered(db, incoming, payload);
      const data = completedRound(db, current, payload, today);
      updateRecord(db, current.id, { data, updatedBy: session.userId, updatedAt: new Date().toISOString() });
      // Past the page cache, as a case handed over is: attachments may be tens of megabytes each.
      const release = holdSmallCache(db);
      let kept: number;
      try {
        kept = items.filter((index) => keepAttachment(db, audit, session.userId, current.caseId, incoming, index, agency)).length;
      } finally {
        release();
      }
      syncClocks(db, current.caseId, clockContext(db));
      audit({ actorId: session.userId, action: 'case.record-saved', recordType: 'case', recordId: current.caseId, details: { type: 'factual-accuracy', recordId: current.id, via: 'bundle', bundleId: incoming.manifest.id } });
      return {
        caseId: current.caseId,
        ourReference: reference,
        taskId: null,
        subject: `record:${current.id}`,
        applied: [`Recorded ${reply} as returned on ${dateInWords(today)}`, ...(items.length === 0 ? [] : [`Kept ${counted(kept, 'new document', 'new documents')} from the ${counted(items.length, 'attachment', 'attachments')}`])],
      };
    },
  };
};
