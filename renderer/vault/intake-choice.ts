/**
 * The files a person has chosen to place in a secured set, before any byte moves: their paths
 * inside the set (a folder keeps its folders) and sizes, and where the bytes will come from — a
 * File the page holds (the preview), or main's own pick (the desktop app, where the page never
 * holds a path or a byte).
 */
import type { Problem } from '../../shared/errors.ts';
import type { PickedFiles } from '../../shared/vault/transfer.ts';
import type { FieldError } from '../components/field-errors.ts';

export const FILES_FIELD = 'files';

export interface ChosenFile {
  readonly path: string;
  readonly size: number;
  /** The page's handle on the bytes, in the preview; null where main picked the file itself. */
  readonly file: File | null;
}

export interface IntakeChoice {
  readonly kind: 'files' | 'folder';
  /** Main's pick, in the desktop app. */
  readonly pickId: string | null;
  readonly files: readonly ChosenFile[];
}

/**
 * Files from an <input type=file>. A folder's files carry their path below the folder's parent
 * ("Case notes/2024/visit.pdf"), so the folder's own name is kept as the top of the structure.
 */
export function choiceFromInput(list: FileList | null, kind: 'files' | 'folder'): IntakeChoice | null {
  if (list === null || list.length === 0) return null;
  const files = Array.from(list, (file) => ({ path: kind === 'folder' && file.webkitRelativePath !== '' ? file.webkitRelativePath : file.name, size: file.size, file }));
  return { kind, pickId: null, files: files.sort((a, b) => a.path.localeCompare(b.path, 'en-GB')) };
}

export function choiceFromPick(picked: PickedFiles, kind: 'files' | 'folder'): IntakeChoice {
  return { kind, pickId: picked.pickId, files: picked.files.map((file) => ({ path: file.path, size: file.size, file: null })) };
}

export function totalBytes(files: readonly { readonly size: number }[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}

/**
 * Problems with the choice, from the shared schema or from main, all against the one chooser:
 * a problem with one file ("files.3.path") names that file, so the person knows which to rename.
 */
export function intakeErrors(problems: readonly Problem[], files: readonly { readonly path: string }[]): FieldError[] {
  return problems.map((problem) => {
    const match = /^files(?:\.(\d+))?/.exec(problem.path);
    if (match === null) return problem.path === 'note' ? { field: 'note', message: problem.message } : { message: problem.message };
    const file = match[1] === undefined ? undefined : files[Number(match[1])];
    return { field: FILES_FIELD, message: file === undefined ? problem.message : `${file.path}: ${problem.message}` };
  });
}
