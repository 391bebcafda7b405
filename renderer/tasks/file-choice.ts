/**
 * Files a person chooses to send with an answer (a completed workbook, attachments to a reply),
 * before any byte moves: names and sizes, and where the bytes will come from — a File the page
 * holds (the preview), or main's own pick (the desktop app, where the page never holds a byte).
 */
import type { PickedFiles } from '../../shared/vault/transfer.ts';

export interface ChosenUpload {
  readonly name: string;
  readonly size: number;
  /** The page's handle on the bytes, in the preview; null where main picked the file itself. */
  readonly file: File | null;
}

export interface FileChoice {
  /** Main's pick, in the desktop app. */
  readonly pickId: string | null;
  readonly files: readonly ChosenUpload[];
}

export function choiceFromInput(list: FileList | null): FileChoice | null {
  if (list === null || list.length === 0) return null;
  return { pickId: null, files: Array.from(list, (file) => ({ name: file.name, size: file.size, file })) };
}

export function choiceFromPick(picked: PickedFiles): FileChoice | null {
  if (picked.files.length === 0) return null;
  return { pickId: picked.pickId, files: picked.files.map((file) => ({ name: file.path, size: file.size, file: null })) };
}

export const NO_FILES: FileChoice = { pickId: null, files: [] };
