/**
 * A draft report sent to an agency for factual accuracy, and the agency's reply. The Business
 * Unit keeps each agency's round as a factual-accuracy record (sent on, replied on, comments);
 * the draft goes only to an install of that agency, and says whether it may be forwarded
 * (policy: not without the lead reviewer's permission).
 */
import { AppError, type Problem } from '../../../shared/errors.ts';
import { draftPayload, draftReplyPayload, type DraftPayload } from '../../../shared/exchange/payloads.ts';
import { MAX_DOCUMENT_BYTES } from '../../../shared/ipc/case-calls.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { caseToChange } from '../../evidence/evidence-access.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import { sniffMediaType } from '../../reviews/documents.ts';
import { refuseProblems } from '../../reviews/input-problems.ts';
import type { Session } from '../../security/session.ts';
import { findDocument } from '../../store/repositories/case-documents.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import { contactName } from '../contacts.ts';
import type { Outgoing } from '../flow.ts';
import { markAnswered, taskAndReplyContact } from './decision-draft-tasks.ts';
import { documentItem } from './case-out.ts';
import { counted } from './case-words.ts';
import { draftRoundFor } from './draft-records.ts';
import { fileNamePart, itemFromBytes, sameOrganisation } from './request-files.ts';
import { answerAddress } from './answer-address.ts';

export interface DraftSend {
  readonly reference: string;
  readonly documentId: number;
  readonly agency: string;
  readonly replyBy: string | null;
  readonly mayForward: boolean;
  readonly note: string;
}

const DRAFT_TYPES: ReadonlySet<string> = new Set(['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);

function refuse(path: string, message: string): never {
  throw new AppError('INVALID_INPUT', `${message}.`, [{ path, message }]);
}

export async function buildDraftBundle(session: Session, send: DraftSend, to: StoredContact): Promise<Outgoing> {
  const { caseId, reference } = caseToChange(session, send.reference, 'send drafts for factual accuracy');
  const db = session.store.db;
  const document = findDocument(db, caseId, send.documentId);
  if (document === undefined) throw new AppError('NOT_FOUND', `There is no document ${send.documentId} on case ${reference}. It may have been removed: reload the case.`);
  if (!DRAFT_TYPES.has(document.mediaType)) refuse('documentId', `Choose the draft as a PDF or Word file: “${document.name}” is neither`);
  const agency = send.agency.trim();
  if (agency === '') refuse('agency', 'Choose the agency');
  if (!sameOrganisation(to.organisation, agency)) {
    refuse('to', `${contactName(to)} is ${to.organisation}, but this draft is for ${agency}. A draft goes only to the agency it is for: choose an install of ${agency}, or add one as a contact first`);
  }
  const today = todayInLondon();
  if (send.replyBy !== null && send.replyBy < today) refuse('replyBy', 'Enter a reply-by date that is today or later');
  const note = send.note.trim();
  if (note.length > 2000) refuse('note', 'Enter a note of at most 2,000 characters');
  // The record must exist before the bundle is made, since the payload names it for the reply.
  const round = draftRoundFor(session, caseId, agency, today);
  const payload: DraftPayload = draftPayload.parse({ agency: round.agency, sentOn: today, replyBy: send.replyBy, mayForward: send.mayForward, note, draftItem: 1, recordId: round.recordId });
  return {
    kind: 'draft',
    to,
    caseId,
    caseReference: { sender: reference, recipient: null },
    inReplyTo: null,
    payload,
    files: [documentItem(db, document)],
    subject: `record:${round.recordId}`,
    summary: [
      `Draft “${document.name}” to ${round.agency} for factual accuracy`,
      ...(send.replyBy === null ? [] : [`Reply by ${dateInWords(send.replyBy)}`]),
      send.mayForward ? 'It may be forwarded within the agency' : 'It must not be forwarded without the lead reviewer’s permission',
    ],
    fileStem: `${reference}-draft-${fileNamePart(round.agency)}`,
    afterSent(db, audit, bundleId) {
      round.markSent(db, audit, bundleId);
    },
  };
}

const MEDIA_TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

function mediaTypeOf(fileName: string, bytes: Buffer): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  return sniffMediaType(bytes, MEDIA_TYPES_BY_EXTENSION[extension] ?? 'application/octet-stream');
}

function replyProblems(comments: string, attachments: readonly { fileName: string; bytes: Buffer }[]): Problem[] {
  const problems: Problem[] = [];
  if (comments === '') problems.push({ path: 'answer.comments', message: 'Enter your comments on the draft, or “No factual corrections”' });
  else if (comments.length > 20_000) problems.push({ path: 'answer.comments', message: 'Enter at most 20,000 characters' });
  if (attachments.length > 20) problems.push({ path: 'answer.stagedAttachments', message: 'Attach at most 20 files' });
  attachments.forEach((file, index) => {
    const path = `answer.stagedAttachments.${index}`;
    if (file.fileName.trim() === '') problems.push({ path, message: 'Choose a file' });
    else if (file.bytes.length === 0) problems.push({ path, message: `“${file.fileName.trim()}” is empty: choose a file that is not` });
    else if (file.bytes.length > MAX_DOCUMENT_BYTES) problems.push({ path, message: `“${file.fileName.trim()}” is larger than 50 MB` });
  });
  return problems;
}

export async function buildDraftReplyBundle(session: Session, taskId: number, comments: string, attachments: readonly { fileName: string; bytes: Buffer }[]): Promise<Outgoing> {
  const { task, to } = taskAndReplyContact(session, taskId, 'draft');
  const draft = draftPayload.parse(JSON.parse(task.payload));
  const text = comments.trim();
  const problems = replyProblems(text, attachments);
  if (problems.length > 0) refuseProblems(problems, '', 'your reply');
  const files = attachments.map((file) => itemFromBytes(file.fileName.trim(), mediaTypeOf(file.fileName, file.bytes), file.bytes));
  const payload = draftReplyPayload.parse({ recordId: draft.recordId, agency: draft.agency, returnedOn: todayInLondon(), comments: text, attachmentItems: files.map((_file, index) => index + 1) });
  return {
    kind: 'draft-reply',
    to,
    ...answerAddress(task),
    payload,
    files,
    summary: [`Factual accuracy reply from ${draft.agency} on the draft for case ${task.theirReference}`, ...(files.length === 0 ? [] : [`${counted(files.length, 'attachment', 'attachments')}: ${files.map((file) => file.name).join(', ')}`])],
    fileStem: `${task.theirReference}-factual-accuracy-${fileNamePart(draft.agency)}`,
    afterSent(db, audit, bundleId) {
      markAnswered(db, audit, session.userId, task, bundleId);
    },
  };
}
