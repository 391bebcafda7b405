/**
 * The folder the app's own code lives in — the repository when run from source, the packaged
 * app's folder (or asar) when built — so a stack frame can be named relative to it: what
 * lies above it (a user's profile folder, which can name the person) never reaches the log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | null | undefined;

/** The nearest folder above this module that holds package.json; null if none is found. */
export function appRoot(): string | null {
  if (found !== undefined) return found;
  found = null;
  try {
    let folder = path.dirname(fileURLToPath(import.meta.url));
    for (;;) {
      if (fs.existsSync(path.join(folder, 'package.json'))) {
        found = folder;
        break;
      }
      const parent = path.dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  } catch {
    // No file URL (an unusual bundle): frames are then left out rather than named in full.
  }
  return found;
}
