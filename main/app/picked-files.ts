/**
 * The files a person chose in main's own open dialog, kept in main under a random pick id. The
 * page is told only each file's place relative to what was chosen ("Case file/2026/notes.pdf")
 * and its size; the absolute paths never leave main, and an intake ticket later names the pick
 * and the relative path, which are looked up here — for the same person only.
 *
 * A chosen folder is walked to every depth, its structure kept, without following a symbolic
 * link (a link could lead anywhere on the disk, far from what the person meant to add).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { MAX_INTAKE_FILES, relativePath } from '../../shared/vault/secured-files.ts';
import type { PickedFiles } from '../../shared/vault/transfer.ts';

/** Enough for a person's recent choices; an older pick is forgotten and has to be made again. */
const PICKS_KEPT = 20;

interface Pick {
  readonly userId: string;
  /** Relative path → absolute path, in main only. */
  readonly files: ReadonlyMap<string, string>;
}

export class PickedFilesRegister {
  private readonly picks = new Map<string, Pick>();

  /** Files chosen one by one: each is known by its own name. */
  async addFiles(userId: string, chosen: readonly string[]): Promise<PickedFiles> {
    const found: Found[] = [];
    for (const file of chosen) {
      // The dialog may hand back a link the person chose: the file is what it points at.
      const real = await fs.promises.realpath(file);
      const stat = await fs.promises.stat(real);
      if (!stat.isFile()) throw new AppError('INVALID_INPUT', `${path.basename(file)} is not a file. Choose files, or choose a folder with the folder button.`);
      found.push({ relative: path.basename(file), absolute: real, size: stat.size });
    }
    return this.remember(userId, found);
  }

  /** A folder chosen: every file below it, known by its path from the folder's own name down. */
  async addFolder(userId: string, chosen: string): Promise<PickedFiles> {
    const real = await fs.promises.realpath(chosen);
    const found: Found[] = [];
    // A whole drive ("D:\\") has no name of its own: its files still need a folder name above them.
    const name = path.basename(real) || 'Chosen folder';
    await walk(real, name, found);
    if (found.length === 0) throw new AppError('INVALID_INPUT', `The folder ${name} holds no files. Choose another folder.`);
    return this.remember(userId, found);
  }

  /** The absolute path of one file of a pick, for the person who made it. */
  absolutePath(pickId: string, userId: string, relative: string): string {
    const pick = this.picks.get(pickId);
    if (pick === undefined || pick.userId !== userId) {
      throw new AppError('TICKET_INVALID', 'The files chosen for this transfer are no longer known. Choose them again from the secured files page.');
    }
    const absolute = pick.files.get(relative);
    if (absolute === undefined) throw new AppError('TICKET_INVALID', `${relative} was not among the files chosen. Choose it again from the secured files page.`);
    return absolute;
  }

  /** Forgets every pick: the store locked, and the next person chooses their own. */
  clear(): void {
    this.picks.clear();
  }

  private remember(userId: string, found: readonly Found[]): PickedFiles {
    for (const file of found) {
      const parsed = relativePath.safeParse(file.relative);
      if (!parsed.success) {
        throw new AppError('INVALID_INPUT', `${JSON.stringify(file.relative.slice(0, 200))} cannot be added as it is named: ${parsed.error.issues[0]?.message ?? 'its name is not allowed'}. Rename it and choose again.`);
      }
    }
    const pickId = randomBytes(16).toString('base64url');
    this.picks.set(pickId, { userId, files: new Map(found.map((file) => [file.relative, file.absolute])) });
    while (this.picks.size > PICKS_KEPT) this.picks.delete(this.picks.keys().next().value!);
    return { pickId, files: found.map((file) => ({ path: file.relative, size: file.size })) };
  }
}

interface Found {
  readonly relative: string;
  readonly absolute: string;
  readonly size: number;
}

async function walk(folder: string, relative: string, found: Found[]): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new AppError('INVALID_INPUT', `The folder ${relative} could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown reason'}). Check you can open it, then choose it again.`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Dirent types are the entry's own, not a link's target: links, sockets and devices are left out.
    const absolute = path.join(folder, entry.name);
    const below = `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      await walk(absolute, below, found);
    } else if (entry.isFile()) {
      if (found.length >= MAX_INTAKE_FILES) {
        throw new AppError('INVALID_INPUT', `The folder holds more than ${MAX_INTAKE_FILES.toLocaleString('en-GB')} files. Add its sub-folders one at a time.`);
      }
      const stat = await fs.promises.lstat(absolute);
      found.push({ relative: below, absolute, size: stat.size });
    }
  }
}
