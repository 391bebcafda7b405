/**
 * A returned file kept in the case's documents, so what was imported can always be opened
 * again. The same bytes sent twice (a summary and a chronology in one workbook, or a file
 * previewed and imported again) are kept once: the document with that SHA-256 is reused.
 */
import { sha256Of, sniffMediaType } from '../reviews/documents.ts';
import type { Db } from '../store/open-database.ts';
import { findDocumentBySha256, insertDocument } from '../store/repositories/case-documents.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a returned file is kept as: a workbook, unless it came under a .csv name. */
export function returnedMediaType(fileName: string, bytes: Buffer): string {
  return /\.csv$/i.test(fileName.trim()) ? 'text/csv' : sniffMediaType(bytes, XLSX);
}

/** The document id of these bytes on the case, adding them if the case does not hold them yet. Call inside the change. */
export function keepReturnedFile(db: Db, caseId: number, file: { fileName: string; bytes: Buffer; note: string }, addedBy: string, at: string): { documentId: number; sha256: string; added: boolean } {
  const sha256 = sha256Of(file.bytes);
  const existing = findDocumentBySha256(db, caseId, sha256);
  if (existing !== undefined) return { documentId: existing.id, sha256, added: false };
  const documentId = insertDocument(db, caseId, { name: file.fileName.trim(), mediaType: returnedMediaType(file.fileName, file.bytes), note: file.note, sha256, content: file.bytes, addedBy, addedAt: at });
  return { documentId, sha256, added: true };
}
