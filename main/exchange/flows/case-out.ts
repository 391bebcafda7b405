/**
 * A whole case handed to another partnership (policy 20.4), when the child moves: the case file
 * (the same reader as export-case, so the receiving install reads the format it already knows)
 * and every document of the case. Documents are streamed from the store chunk by chunk into
 * the bundle, so a case with hundreds of megabytes of papers is never held in memory.
 *
 * Handing over is the Business Unit's work on the case, so it needs the right to read the case
 * and to change it, not the administrators' export right: the bundle is sealed to one install,
 * never a plaintext file. The exchange audits the bundle sent.
 */
import { AppError } from '../../../shared/errors.ts';
import { casePayload, type CasePayload } from '../../../shared/exchange/payloads.ts';
import type { DocumentView } from '../../../shared/ipc/case-calls.ts';
import { caseToChange } from '../../evidence/evidence-access.ts';
import { readCaseFile } from '../../reviews/case-file-io.ts';
import type { Session } from '../../security/session.ts';
import type { Db } from '../../store/open-database.ts';
import { documentChunks, listDocuments } from '../../store/repositories/case-documents.ts';
import { holdSmallCache } from '../../vault/cache-budget.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import type { ItemSource } from '../bundle-file.ts';
import { contactName } from '../contacts.ts';
import type { Outgoing } from '../flow.ts';
import { counted, sizeInWords } from './case-words.ts';

const NOTE_LIMIT = casePayload.shape.note.maxLength ?? 2000;

/** Oldest first, so the receiving install adds them in the order they were added here. */
function documentsOf(db: Db, caseId: number): DocumentView[] {
  return listDocuments(db, caseId).sort((a, b) => a.id - b.id);
}

/** The document's chunks, read past the connection's page cache, which would otherwise fill with every one of them. */
function* uncachedChunks(db: Db, documentId: number): Generator<Buffer> {
  const release = holdSmallCache(db);
  try {
    yield* documentChunks(db, documentId);
  } finally {
    release();
  }
}

/** A case document as a bundle item. The writer checks the bytes read against the size and SHA-256 taken when it was added. */
export function documentItem(db: Db, document: DocumentView): ItemSource {
  return { name: document.name, mediaType: document.mediaType, size: document.size, sha256: document.sha256, chunks: () => uncachedChunks(db, document.id) };
}

export async function buildCaseBundle(session: Session, reference: string, to: StoredContact, note: string): Promise<Outgoing> {
  const { caseId, reference: ours } = caseToChange(session, reference, 'hand this case over to another partnership');
  session.authorise('cases.read', 'hand this case over to another partnership', { caseId });
  const trimmed = note.trim();
  if (trimmed.length > NOTE_LIMIT) {
    const message = `Enter a note of at most ${NOTE_LIMIT.toLocaleString('en-GB')} characters`;
    throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'note', message }]);
  }
  const db = session.store.db;
  const caseFile = readCaseFile(db, caseId);
  const documents = documentsOf(db, caseId);
  const payload: CasePayload = {
    caseFile,
    documents: documents.map((document, index) => ({ item: index + 1, name: document.name, mediaType: document.mediaType, note: document.note, addedBy: document.addedBy, addedAt: document.addedAt })),
    note: trimmed,
  };
  const totalBytes = documents.reduce((sum, document) => sum + document.size, 0);
  return {
    kind: 'case',
    to,
    caseId,
    caseReference: { sender: ours, recipient: null },
    inReplyTo: null,
    payload,
    files: documents.map((document) => documentItem(db, document)),
    subject: `case:${ours}`,
    summary: [
      `Case ${ours} handed over to ${contactName(to)}`,
      `${counted(caseFile.records.length, 'record', 'records')}, ${counted(caseFile.people.length, 'person', 'people')}, ${counted(caseFile.stageHistory.length, 'stage', 'stages')} in its history`,
      `${counted(documents.length, 'document', 'documents')} (${sizeInWords(totalBytes)})`,
      ...(trimmed === '' ? [] : [`Note: ${trimmed}`]),
    ],
    fileStem: `${ours}-case-handover`,
  };
}
