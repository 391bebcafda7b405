/**
 * A secured file's place in its set ("Case notes/2024/visit.pdf") as the screens show it: the
 * folders it sits in, then its name. Paths always use "/" (shared/vault/secured-files.ts).
 */
export interface FilePath {
  /** "Case notes / 2024", or '' for a file placed on its own. */
  readonly folders: string;
  readonly name: string;
}

export function splitPath(path: string): FilePath {
  const parts = path.split('/');
  const name = parts.pop() ?? path;
  return { folders: parts.join(' / '), name };
}

/** The file's own name, for a button or a message: "Open visit.pdf". */
export function fileName(path: string): string {
  return splitPath(path).name;
}
