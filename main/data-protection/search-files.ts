/**
 * The files the store keeps, searched by their text: each case document, and each file a task
 * from another install brought in (a letter, a draft for factual accuracy). One file at a time,
 * read whole (documents are at most 50 MB), its text extracted, then let go.
 */
import type { Db } from '../store/open-database.ts';
import { readDocumentContent } from '../store/repositories/case-documents.ts';
import { fileText } from './document-texts.ts';
import { type Finding, type Pace, type NotRead } from './findings.ts';
import type { SubjectMatchers } from './subject-matchers.ts';
import { inContext, matchedWords } from './text-context.ts';

export interface StoredFile {
  readonly kind: 'document' | 'task-file';
  readonly id: number;
  readonly caseId: number | null;
  readonly name: string;
  readonly mediaType: string;
}

export function listStoredFiles(db: Db): StoredFile[] {
  const documents = db.prepare('SELECT id, case_id AS caseId, name, media_type AS mediaType FROM case_documents ORDER BY id').all() as Omit<StoredFile, 'kind'>[];
  const taskFiles = db
    .prepare(
      `SELECT f.id, b.case_id AS caseId, f.name, f.media_type AS mediaType
       FROM exchange_task_files f JOIN exchange_tasks k ON k.id = f.task_id JOIN exchange_bundles b ON b.id = k.received_id ORDER BY f.id`,
    )
    .all() as Omit<StoredFile, 'kind'>[];
  return [...documents.map((file) => ({ ...file, kind: 'document' as const })), ...taskFiles.map((file) => ({ ...file, kind: 'task-file' as const }))];
}

function bytesOf(db: Db, file: StoredFile): Buffer {
  if (file.kind === 'document') return readDocumentContent(db, file.id);
  return (db.prepare('SELECT content FROM exchange_task_files WHERE id = ?').get(file.id) as { content: Buffer } | undefined)?.content ?? Buffer.alloc(0);
}

function describe(file: StoredFile): string {
  return file.kind === 'document' ? `Document ${file.id} “${file.name}”` : `File ${file.id} “${file.name}” of a task from another install`;
}

export interface FileSearch {
  readonly finding: Finding | null;
  readonly notRead: NotRead | null;
}

export async function searchStoredFile(db: Db, file: StoredFile, matchers: SubjectMatchers, pace: Pace): Promise<FileSearch> {
  const matcher = matchers.forCase(file.caseId);
  if (matcher === null) return { finding: null, notRead: null };
  const text = await fileText(bytesOf(db, file), file.mediaType, file.name);
  await pace();
  if (!text.read) return { finding: null, notRead: { caseId: file.caseId, what: describe(file), why: text.why } };
  // The first layer that names them: the reviewer is shown what a reader would see, where it can.
  for (const { layer, text: layerText } of text.layers) {
    const hits = matcher.find(layerText);
    if (hits.length === 0) continue;
    const finding: Finding = {
      place: file.kind === 'document' ? 'documents' : 'exchange',
      caseId: file.caseId,
      where: `${describe(file)} — ${layer}`,
      matched: matchedWords(layerText, hits),
      text: inContext(layerText, hits),
      file: { kind: file.kind, id: file.id, name: file.name },
    };
    return { finding, notRead: null };
  }
  return { finding: null, notRead: null };
}
