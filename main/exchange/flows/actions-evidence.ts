/**
 * The evidence files an agency's update carries, as bundle items. The same file given for two
 * actions travels once, and both updates name the one item; each file is checked as a case
 * document would be (named, not empty, at most 50 MB), since that is what it becomes on arrival.
 */
import type { Problem } from '../../../shared/errors.ts';
import { MAX_DOCUMENT_BYTES } from '../../../shared/ipc/case-calls.ts';
import { sha256Of, sniffMediaType } from '../../reviews/documents.ts';
import type { ItemSource } from '../bundle-file.ts';

export interface EvidenceFile {
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** At most this many files for one action in one update (the payload's own limit). */
export const MAX_EVIDENCE_FILES = 20;

const MEDIA_TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The media type a file is sent as: by its extension, unless its first bytes clearly say otherwise. */
export function evidenceMediaType(fileName: string, bytes: Buffer): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  return sniffMediaType(bytes, MEDIA_TYPES_BY_EXTENSION[extension] ?? 'application/octet-stream');
}

/** What is wrong with one action's files; `path` is where the files are named ("answer.updates.0.stagedEvidence"). */
export function evidenceProblems(files: readonly EvidenceFile[], path: string): Problem[] {
  if (files.length > MAX_EVIDENCE_FILES) return [{ path, message: `Attach at most ${MAX_EVIDENCE_FILES} evidence files to one action` }];
  const problems: Problem[] = [];
  files.forEach((file, index) => {
    const name = file.fileName.trim();
    const at = `${path}.${index}`;
    if (name === '') problems.push({ path: at, message: 'Choose a file' });
    else if (file.bytes.length === 0) problems.push({ path: at, message: `“${name}” is empty: choose a file that is not` });
    else if (file.bytes.length > MAX_DOCUMENT_BYTES) problems.push({ path: at, message: `“${name}” is larger than 50 MB: send a smaller file, or split it` });
  });
  return problems;
}

/** The bundle's file items for every action's evidence, each file once, and each action's item indexes (1 is the first file). */
export function evidenceItems(perAction: readonly (readonly EvidenceFile[])[]): { files: ItemSource[]; itemsPerAction: number[][] } {
  const files: ItemSource[] = [];
  const indexBySha = new Map<string, number>();
  const itemsPerAction = perAction.map((evidence) => {
    const items = evidence.map((file) => {
      const sha256 = sha256Of(file.bytes);
      const known = indexBySha.get(sha256);
      if (known !== undefined) return known;
      const bytes = file.bytes;
      files.push({ name: file.fileName.trim(), mediaType: evidenceMediaType(file.fileName, bytes), size: bytes.length, sha256, chunks: () => [bytes] });
      indexBySha.set(sha256, files.length);
      return files.length;
    });
    // The same file twice for one action is one piece of evidence.
    return [...new Set(items)];
  });
  return { files, itemsPerAction };
}
