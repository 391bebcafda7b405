/**
 * The export with the files that name the person: a zip holding the workbook and, under
 * documents/<case reference>/, each case document and task file with a finding, byte for byte as
 * the store keeps it, so the data-protection officer can disclose copies without asking for each
 * (an administrator cannot otherwise open a case's documents). One download has to carry it all,
 * so there is a ceiling; above it the workbook alone is the answer, and it lists every file.
 */
import archiver from 'archiver';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/open-database.ts';
import { readDocumentContent } from '../store/repositories/case-documents.ts';
import type { FileRef } from './findings.ts';
import type { StoreSearch } from './search-store.ts';

/** What one download can carry comfortably, as base64 over the app's own channel. */
export const MOST_FILE_BYTES = 200 * 1024 * 1024;
/** The zip records neither when nor where it was made (as the app's .docx files do not). */
const NEUTRAL_DATE = new Date(2000, 0, 1, 0, 0, 0);

interface ZippedFile {
  readonly ref: FileRef;
  readonly caseReference: string;
}

/** A file name any system will take: no folder separators, reserved or control characters. */
function safeName(name: string): string {
  const cleaned = name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '_').trim();
  return (cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned).slice(0, 150);
}

/** Each file with a finding, once, by case. */
export function filesFound(search: StoreSearch): ZippedFile[] {
  const seen = new Set<string>();
  const files: ZippedFile[] = [];
  for (const finding of search.findings) {
    if (finding.file === undefined) continue;
    const key = `${finding.file.kind}:${finding.file.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    files.push({ ref: finding.file, caseReference: finding.caseId === null ? 'no case' : (search.cases.get(finding.caseId)?.reference ?? 'no case') });
  }
  return files;
}

function sizeOf(db: Db, ref: FileRef): number {
  const row =
    ref.kind === 'document'
      ? (db.prepare('SELECT size AS n FROM case_documents WHERE id = ?').get(ref.id) as { n: number } | undefined)
      : (db.prepare('SELECT length(content) AS n FROM exchange_task_files WHERE id = ?').get(ref.id) as { n: number } | undefined);
  return row?.n ?? 0;
}

function bytesOf(db: Db, ref: FileRef): Buffer {
  if (ref.kind === 'document') return readDocumentContent(db, ref.id);
  return (db.prepare('SELECT content FROM exchange_task_files WHERE id = ?').get(ref.id) as { content: Buffer } | undefined)?.content ?? Buffer.alloc(0);
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`;
}

/** Refuses before anything is read when the files would not fit one download. */
export function checkFilesFit(db: Db, files: readonly ZippedFile[]): void {
  const total = files.reduce((sum, file) => sum + sizeOf(db, file.ref), 0);
  if (total > MOST_FILE_BYTES) {
    throw new AppError(
      'INVALID_INPUT',
      `The files that name them come to ${megabytes(total)}, more than one download can carry (${megabytes(MOST_FILE_BYTES)}). Download the workbook instead: it lists every file, and a Business Unit officer can download each from its case.`,
    );
  }
}

export async function requestZip(db: Db, workbookName: string, workbook: Buffer, files: readonly ZippedFile[]): Promise<Buffer> {
  const archive = archiver('zip', { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
    archive.on('warning', reject);
  });
  archive.append(workbook, { name: workbookName, date: NEUTRAL_DATE });
  for (const file of files) {
    const prefix = file.ref.kind === 'document' ? `document ${file.ref.id}` : `task file ${file.ref.id}`;
    archive.append(bytesOf(db, file.ref), { name: `documents/${safeName(file.caseReference)}/${prefix} - ${safeName(file.ref.name)}`, date: NEUTRAL_DATE });
  }
  await archive.finalize();
  await ended;
  return Buffer.concat(chunks);
}
