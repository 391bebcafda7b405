/**
 * The papers a case keeps, inside the encrypted store: one row per document with the SHA-256
 * taken at intake, and its bytes in fixed-size chunks so no single value grows without bound.
 */
import type { DocumentView } from '../../../shared/ipc/case-calls.ts';
import type { Db } from '../open-database.ts';

export const CHUNK_BYTES = 256 * 1024;

export interface NewDocument {
  readonly name: string;
  readonly mediaType: string;
  readonly note: string;
  readonly sha256: string;
  readonly content: Buffer;
  readonly addedBy: string;
  readonly addedAt: string;
}

const VIEW_COLUMNS = `d.id, d.name, d.media_type AS mediaType, d.size, d.sha256, d.note, coalesce(u.name, d.added_by) AS addedBy, d.added_at AS addedAt`;

export function listDocuments(db: Db, caseId: number): DocumentView[] {
  return db.prepare(`SELECT ${VIEW_COLUMNS} FROM case_documents d LEFT JOIN users u ON u.id = d.added_by WHERE d.case_id = ? ORDER BY d.added_at DESC, d.id DESC`).all(caseId) as DocumentView[];
}

export function findDocument(db: Db, caseId: number, documentId: number): DocumentView | undefined {
  return db.prepare(`SELECT ${VIEW_COLUMNS} FROM case_documents d LEFT JOIN users u ON u.id = d.added_by WHERE d.case_id = ? AND d.id = ?`).get(caseId, documentId) as DocumentView | undefined;
}

export function insertDocument(db: Db, caseId: number, document: NewDocument): number {
  const id = Number(
    db
      .prepare('INSERT INTO case_documents (case_id, name, media_type, size, sha256, note, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(caseId, document.name, document.mediaType, document.content.length, document.sha256, document.note, document.addedBy, document.addedAt).lastInsertRowid,
  );
  const chunk = db.prepare('INSERT INTO case_document_chunks (document_id, seq, bytes) VALUES (?, ?, ?)');
  for (let offset = 0, seq = 0; offset < document.content.length; offset += CHUNK_BYTES, seq += 1) {
    chunk.run(id, seq, document.content.subarray(offset, offset + CHUNK_BYTES));
  }
  return id;
}

export type StreamedDocument = Omit<NewDocument, 'content'>;

/**
 * A document whose bytes arrive as a run of chunks of any size (a case handed over carries
 * hundreds of megabytes): they are cut into CHUNK_BYTES rows as they come, so no more than one
 * chunk is ever held. Call inside a store change, so a run that throws part-way (a bundle item
 * that fails its check at the end) leaves nothing behind. The caller vouches for `sha256`.
 */
export function insertDocumentFromChunks(db: Db, caseId: number, document: StreamedDocument, chunks: Iterable<Buffer>): { id: number; size: number } {
  // The size is only known at the end: written as 0 and set once the last chunk is in.
  const id = Number(
    db
      .prepare('INSERT INTO case_documents (case_id, name, media_type, size, sha256, note, added_by, added_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?)')
      .run(caseId, document.name, document.mediaType, document.sha256, document.note, document.addedBy, document.addedAt).lastInsertRowid,
  );
  const insertChunk = db.prepare('INSERT INTO case_document_chunks (document_id, seq, bytes) VALUES (?, ?, ?)');
  const pending = Buffer.allocUnsafe(CHUNK_BYTES);
  let filled = 0;
  let seq = 0;
  let size = 0;
  for (const piece of chunks) {
    size += piece.length;
    for (let offset = 0; offset < piece.length; ) {
      const taken = piece.copy(pending, filled, offset, offset + Math.min(piece.length - offset, CHUNK_BYTES - filled));
      filled += taken;
      offset += taken;
      if (filled === CHUNK_BYTES) {
        insertChunk.run(id, seq, pending);
        seq += 1;
        filled = 0;
      }
    }
  }
  if (filled > 0) insertChunk.run(id, seq, pending.subarray(0, filled));
  db.prepare('UPDATE case_documents SET size = ? WHERE id = ?').run(size, id);
  return { id, size };
}

/**
 * The document's bytes chunk by chunk, in order. Each chunk is its own small query rather than
 * one open cursor, so a reader that pauses between chunks (a bundle being written) never holds
 * the connection busy for other calls.
 */
export function* documentChunks(db: Db, documentId: number): Generator<Buffer> {
  const chunk = db.prepare('SELECT bytes FROM case_document_chunks WHERE document_id = ? AND seq = ?');
  for (let seq = 0; ; seq += 1) {
    const row = chunk.get(documentId, seq) as { bytes: Buffer } | undefined;
    if (row === undefined) return;
    yield row.bytes;
  }
}

/** The document's bytes, reassembled in order; the caller checks them against the recorded SHA-256. */
export function readDocumentContent(db: Db, documentId: number): Buffer {
  const rows = db.prepare('SELECT bytes FROM case_document_chunks WHERE document_id = ? ORDER BY seq').all(documentId) as { bytes: Buffer }[];
  return Buffer.concat(rows.map((row) => row.bytes));
}

/** A document of the case with these exact bytes (by SHA-256), so a file kept twice is stored once. */
export function findDocumentBySha256(db: Db, caseId: number, sha256: string): DocumentView | undefined {
  return db.prepare(`SELECT ${VIEW_COLUMNS} FROM case_documents d LEFT JOIN users u ON u.id = d.added_by WHERE d.case_id = ? AND d.sha256 = ? ORDER BY d.id LIMIT 1`).get(caseId, sha256) as DocumentView | undefined;
}
