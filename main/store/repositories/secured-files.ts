/**
 * The files of the agencies' secured sets (policy 16): one row per file with what was taken at
 * intake, its sealed chunks in order, and its key sealed to each recipient. Nothing here can
 * read a file: the chunks and keys are ciphertext under keys this store never holds.
 */
import type { KeyRecipient } from '../../vault/file-key.ts';
import type { Sealed } from '../../security/hpke.ts';
import type { Db } from '../open-database.ts';

export type SecuredFileState = 'receiving' | 'stored' | 'destroyed';

export interface SecuredFileRow {
  readonly id: number;
  readonly setId: number;
  readonly uid: string;
  readonly path: string;
  readonly size: number;
  /** Null until the file is stored. */
  readonly sha256: string | null;
  readonly mediaType: string;
  /** Null until the file is stored. */
  readonly chunks: number | null;
  readonly chunkBytes: number;
  readonly note: string;
  readonly placedBy: string;
  readonly placedAt: string;
  readonly actingForAgency: boolean;
  readonly state: SecuredFileState;
}

export interface NewSecuredFile {
  readonly setId: number;
  readonly uid: string;
  readonly path: string;
  /** The size declared at the start; the stored size is written when the file is stored. */
  readonly size: number;
  readonly chunkBytes: number;
  readonly note: string;
  readonly placedBy: string;
  readonly placedAt: string;
  readonly actingForAgency: boolean;
}

export interface StoredFacts {
  readonly sha256: string;
  readonly size: number;
  readonly chunks: number;
  readonly mediaType: string;
}

const COLUMNS = `id, set_id AS setId, uid, path, size, sha256, media_type AS mediaType, chunks, chunk_bytes AS chunkBytes, note,
  placed_by AS placedBy, placed_at AS placedAt, acting_for_agency AS actingForAgency, state`;

type RawRow = Omit<SecuredFileRow, 'actingForAgency'> & { actingForAgency: number };

const toRow = (raw: RawRow): SecuredFileRow => ({ ...raw, actingForAgency: raw.actingForAgency === 1 });

export function insertReceivingFile(db: Db, file: NewSecuredFile): number {
  return Number(
    db
      .prepare(
        `INSERT INTO secured_files (set_id, uid, path, size, chunk_bytes, note, placed_by, placed_at, acting_for_agency, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'receiving')`,
      )
      .run(file.setId, file.uid, file.path, file.size, file.chunkBytes, file.note, file.placedBy, file.placedAt, file.actingForAgency ? 1 : 0).lastInsertRowid,
  );
}

/** Inserts sealed chunks; the caller wraps a batch in one transaction. */
export function appendChunks(db: Db, fileId: number, chunks: readonly { readonly seq: number; readonly sealed: Buffer }[]): void {
  const insert = db.prepare('INSERT INTO secured_file_chunks (file_id, seq, sealed) VALUES (?, ?, ?)');
  for (const chunk of chunks) insert.run(fileId, chunk.seq, chunk.sealed);
}

/** A receiving file becomes stored; false if it was no longer receiving (removed under it). */
export function markStored(db: Db, fileId: number, facts: StoredFacts): boolean {
  const result = db
    .prepare(`UPDATE secured_files SET state = 'stored', sha256 = ?, size = ?, chunks = ?, media_type = ? WHERE id = ? AND state = 'receiving'`)
    .run(facts.sha256, facts.size, facts.chunks, facts.mediaType, fileId);
  return result.changes === 1;
}

/** Removes a file with its chunks and keys, leaving nothing: for intakes that never finished. */
export function deleteFileCompletely(db: Db, fileId: number): void {
  db.prepare('DELETE FROM secured_file_chunks WHERE file_id = ?').run(fileId);
  db.prepare('DELETE FROM secured_file_keys WHERE file_id = ?').run(fileId);
  db.prepare('DELETE FROM secured_files WHERE id = ?').run(fileId);
}

export function receivingFileIds(db: Db): number[] {
  return (db.prepare(`SELECT id FROM secured_files WHERE state = 'receiving' ORDER BY id`).all() as { id: number }[]).map((row) => row.id);
}

export function findSecuredFile(db: Db, fileId: number): SecuredFileRow | undefined {
  const raw = db.prepare(`SELECT ${COLUMNS} FROM secured_files WHERE id = ?`).get(fileId) as RawRow | undefined;
  return raw === undefined ? undefined : toRow(raw);
}

export function storedFileWithPath(db: Db, setId: number, path: string): number | undefined {
  const row = db.prepare(`SELECT id FROM secured_files WHERE set_id = ? AND path = ? AND state = 'stored'`).get(setId, path) as { id: number } | undefined;
  return row?.id;
}

/** The set's stored files in path order, as the set's page and a release list them. */
export function listStoredFiles(db: Db, setId: number): SecuredFileRow[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM secured_files WHERE set_id = ? AND state = 'stored' ORDER BY path, id`).all(setId) as RawRow[]).map(toRow);
}

export function storedFileIds(db: Db, setId: number): number[] {
  return (db.prepare(`SELECT id FROM secured_files WHERE set_id = ? AND state = 'stored' ORDER BY path, id`).all(setId) as { id: number }[]).map((row) => row.id);
}

/** One sealed chunk by its place; undefined if it is missing. */
export function sealedChunk(db: Db, fileId: number, seq: number): Buffer | undefined {
  const row = db.prepare('SELECT sealed FROM secured_file_chunks WHERE file_id = ? AND seq = ?').get(fileId, seq) as { sealed: Buffer } | undefined;
  return row?.sealed;
}

export function chunkCount(db: Db, fileId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM secured_file_chunks WHERE file_id = ?').get(fileId) as { n: number }).n;
}

export function sealedKey(db: Db, fileId: number, recipient: KeyRecipient): Sealed | undefined {
  const row = db.prepare('SELECT enc, ciphertext FROM secured_file_keys WHERE file_id = ? AND recipient = ?').get(fileId, recipient) as
    | { enc: Buffer; ciphertext: Buffer }
    | undefined;
  return row === undefined ? undefined : { enc: row.enc, ciphertext: row.ciphertext };
}

/** Seals the file's key to a recipient, replacing any key that recipient held for the file. */
export function putSealedKey(db: Db, fileId: number, recipient: KeyRecipient, sealed: Sealed): void {
  db.prepare(
    `INSERT INTO secured_file_keys (file_id, recipient, enc, ciphertext) VALUES (?, ?, ?, ?)
     ON CONFLICT (file_id, recipient) DO UPDATE SET enc = excluded.enc, ciphertext = excluded.ciphertext`,
  ).run(fileId, recipient, sealed.enc, sealed.ciphertext);
}

export function removeSealedKey(db: Db, fileId: number, recipient: KeyRecipient): boolean {
  return db.prepare('DELETE FROM secured_file_keys WHERE file_id = ? AND recipient = ?').run(fileId, recipient).changes === 1;
}

export function recipientsOf(db: Db, fileId: number): KeyRecipient[] {
  return (db.prepare('SELECT recipient FROM secured_file_keys WHERE file_id = ? ORDER BY recipient').all(fileId) as { recipient: KeyRecipient }[]).map((row) => row.recipient);
}

/**
 * Destruction on the agency's instruction: every chunk and sealed key of the set goes, each
 * file row stays as 'destroyed' so the access log still names what was held. Returns how many
 * stored files were destroyed. Unfinished intakes of the set are removed outright.
 */
export function destroySetFiles(db: Db, setId: number, at: string): number {
  const inSet = 'SELECT id FROM secured_files WHERE set_id = ?';
  db.prepare(`DELETE FROM secured_file_chunks WHERE file_id IN (${inSet})`).run(setId);
  db.prepare(`DELETE FROM secured_file_keys WHERE file_id IN (${inSet})`).run(setId);
  db.prepare(`DELETE FROM secured_files WHERE set_id = ? AND state = 'receiving'`).run(setId);
  return db.prepare(`UPDATE secured_files SET state = 'destroyed', destroyed_at = ? WHERE set_id = ? AND state = 'stored'`).run(at, setId).changes;
}
