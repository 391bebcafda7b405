/**
 * A case's documents: the papers the Business Unit keeps (the referral as received, minutes,
 * signed declarations, letters to and from the National Panel). Adding needs the right to
 * change the case; opening needs the right to read it, and every opening is audited, since
 * these are sensitive papers. The SHA-256 taken at intake is checked at every opening.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { MAX_DOCUMENT_BYTES, type CaseView } from '../../shared/ipc/case-calls.ts';
import type { Session } from '../security/session.ts';
import { findDocument, insertDocument, readDocumentContent } from '../store/repositories/case-documents.ts';
import { requireCaseId } from '../store/repositories/cases.ts';
import { readCase } from './case-view.ts';

export interface NewCaseDocument {
  readonly name: string;
  readonly mediaType: string;
  readonly note: string;
  readonly content: Buffer;
}

const OOXML = /^application\/vnd\.openxmlformats-officedocument\./;
const OPEN_DOCUMENT = /^application\/vnd\.oasis\.opendocument\./;

const startsWith = (content: Buffer, signature: readonly number[]) => signature.every((byte, index) => content[index] === byte);

/**
 * The media type to keep: the one the file came with, unless its first bytes clearly say it is
 * something else. Only a few well-known signatures are trusted; anything else keeps its label.
 */
export function sniffMediaType(content: Buffer, given: string): string {
  const declared = given.trim().toLowerCase() || 'application/octet-stream';
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // Word, Excel and OpenDocument files are zip archives: keep their own type, call any other one a zip.
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return OOXML.test(declared) || OPEN_DOCUMENT.test(declared) || declared === 'application/zip' ? declared : 'application/zip';
  return declared;
}

export function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export function addDocument(session: Session, reference: string, file: NewCaseDocument): CaseView {
  const store = session.store;
  const caseId = requireCaseId(store.db, reference);
  session.authorise('cases.edit', 'add documents to this case', { caseId });
  const name = file.name.trim();
  if (name === '') throw new AppError('INVALID_INPUT', 'Choose a file', [{ path: 'name', message: 'Choose a file' }]);
  if (file.content.length === 0) throw new AppError('INVALID_INPUT', 'Choose a file that is not empty', [{ path: 'contentBase64', message: 'Choose a file that is not empty' }]);
  if (file.content.length > MAX_DOCUMENT_BYTES) throw new AppError('INVALID_INPUT', 'The file is larger than 50 MB', [{ path: 'contentBase64', message: 'The file is larger than 50 MB' }]);
  const sha256 = sha256Of(file.content);
  store.change((db, audit) => {
    const documentId = insertDocument(db, caseId, {
      name,
      mediaType: sniffMediaType(file.content, file.mediaType),
      note: file.note.trim(),
      sha256,
      content: file.content,
      addedBy: session.userId,
      addedAt: new Date().toISOString(),
    });
    audit({ actorId: session.userId, action: 'document.added', recordType: 'case', recordId: caseId, details: { documentId, sha256, size: file.content.length } });
  });
  return readCase(session, reference);
}

export function readDocument(session: Session, reference: string, id: number): { name: string; mediaType: string; content: Buffer } {
  const store = session.store;
  const caseId = requireCaseId(store.db, reference);
  session.authorise('cases.read', 'open this case’s documents', { caseId });
  const document = findDocument(store.db, caseId, id);
  if (document === undefined) throw new AppError('NOT_FOUND', `There is no document ${id} on case ${reference}.`);
  const opened = store.change((db, audit) => {
    const content = readDocumentContent(db, id);
    const intact = content.length === document.size && sha256Of(content) === document.sha256;
    // A damaged document is recorded too: it may be the only sign that someone altered the store.
    audit({ actorId: session.userId, action: intact ? 'document.opened' : 'document.damaged', recordType: 'case', recordId: caseId, details: { documentId: id, sha256: document.sha256 } });
    return intact ? content : null;
  });
  if (opened === null) {
    throw new AppError('STORE_DAMAGED', `The document "${document.name}" is damaged: its contents no longer match the fingerprint taken when it was added. Restore the store from a backup, or add the document again.`);
  }
  return { name: document.name, mediaType: document.mediaType, content: opened };
}
