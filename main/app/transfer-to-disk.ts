/**
 * The desktop's end of a secured file's bytes: read a picked file from disk for an intake, write
 * a working copy where the person chose, write a released set into a new folder. Everything is
 * streamed; nothing is held whole.
 *
 * A copy is written under a temporary name beside its target and renamed only when complete, so
 * a failure or a cancel never leaves half a file under the name the person chose — nor
 * overwrites a file they already had there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/errors.ts';
import { SECURED_CHUNK_BYTES } from '../../shared/vault/secured-files.ts';
import { safeFileName } from '../vault/open-copies.ts';
import type { ReleaseJob } from '../vault/transfer-desk.ts';

/** Called with the bytes moved so far in one transfer. */
export type CountBytes = (bytesDone: number) => void;

// Where the platform has it, a link put where a picked file was is refused rather than followed.
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0);

/** A picked file opened for reading; close() lets it go whether or not it was read to the end. */
export interface OpenedFile {
  readonly bytes: AsyncIterable<Buffer>;
  close(): void;
}

/** A picked file's bytes, refused if it is no longer the size it was when it was chosen. */
export async function readPickedFile(absolute: string, expectedSize: number, name: string, count: CountBytes): Promise<OpenedFile> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(absolute, READ_FLAGS);
  } catch (error) {
    throw new AppError('NOT_FOUND', `${name} could not be opened (${(error as NodeJS.ErrnoException).code ?? 'unknown reason'}). Check it is still there, then choose it again.`);
  }
  const stat = await handle.stat();
  if (!stat.isFile() || stat.size !== expectedSize) {
    await handle.close();
    throw new AppError('CONFLICT', `${name} has changed since it was chosen. Choose it again.`);
  }
  const stream = handle.createReadStream({ highWaterMark: SECURED_CHUNK_BYTES });
  return { bytes: counted(stream, count), close: () => stream.destroy() };
}

async function* counted(source: AsyncIterable<Buffer>, count: CountBytes): AsyncGenerator<Buffer> {
  let done = 0;
  for await (const chunk of source) {
    done += chunk.length;
    count(done);
    yield chunk;
  }
}

/** Writes a working copy to `target`, whole or not at all; returns the bytes written. */
export async function saveCopy(target: string, source: AsyncIterable<Buffer>, signal: AbortSignal, count: CountBytes): Promise<number> {
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  let bytes = 0;
  try {
    await writeNewFile(
      partial,
      counted(source, (done) => {
        bytes = done;
        count(done);
      }),
      signal,
    );
    await fs.promises.rename(partial, target);
  } catch (error) {
    await fs.promises.rm(partial, { force: true });
    throw diskProblem(error, path.dirname(target));
  }
  return bytes;
}

/**
 * Writes a released set into a new folder named for it inside `parent`, each file in its place
 * below it; finish() is always told how many files were written and whether that was all.
 * Returns the new folder's name and the bytes written.
 */
export async function writeRelease(parent: string, job: ReleaseJob, signal: AbortSignal, count: CountBytes): Promise<{ folder: string; bytes: number }> {
  let filesWritten = 0;
  let complete = false;
  let bytes = 0;
  try {
    const folder = await makeNewFolder(parent, job.folderName);
    for (const [index, file] of job.files.entries()) {
      const target = placeInside(folder, file.path);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      const before = bytes;
      try {
        await writeNewFile(
          target,
          counted(job.read(index, { signal }), (done) => {
            bytes = before + done;
            count(bytes);
          }),
          signal,
        );
      } catch (error) {
        // The files before it are whole and logged as written; this one is not.
        await fs.promises.rm(target, { force: true });
        throw error;
      }
      filesWritten++;
    }
    complete = true;
    return { folder: path.basename(folder), bytes };
  } catch (error) {
    throw diskProblem(error, parent);
  } finally {
    job.finish({ filesWritten, complete });
  }
}

const DISK_PROBLEMS: Readonly<Record<string, string>> = {
  EACCES: 'you do not have permission to save there',
  EPERM: 'you do not have permission to save there',
  EROFS: 'it cannot be written to',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is full',
  ENOENT: 'it is no longer there',
};

/**
 * A failure of the disk the person chose, in words they can act on; anything else as it was.
 * The folder is named by its last part only: the page is told names, never paths.
 */
function diskProblem(error: unknown, folder: string): unknown {
  const why = DISK_PROBLEMS[(error as NodeJS.ErrnoException).code ?? ''];
  return why === undefined ? error : new AppError('CONFLICT', `Nothing more could be saved in the folder ${path.basename(folder) || folder}: ${why}. Choose another folder and try again.`);
}

async function writeNewFile(file: string, source: AsyncIterable<Buffer>, signal: AbortSignal): Promise<void> {
  // Bytes, not chunks, set how much waits in between: one chunk read ahead is enough.
  await pipeline(Readable.from(source, { objectMode: false }), fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }), { signal });
}

/** A folder that did not exist before: "Name", or "Name (2)" and on if that is taken. */
async function makeNewFolder(parent: string, name: string): Promise<string> {
  const base = safeFileName(name);
  for (let attempt = 1; attempt < 1000; attempt++) {
    const folder = path.join(parent, attempt === 1 ? base : `${base} (${attempt})`);
    try {
      await fs.promises.mkdir(folder);
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new AppError('CONFLICT', `The folder you chose already holds many folders named ${base}. Choose another folder.`);
}

/** A set's relative path as a place inside `folder`, each part made a name the disk accepts. */
function placeInside(folder: string, relative: string): string {
  const parts = relative.split('/').map((part) => safeFileName(part));
  const target = path.join(folder, ...parts);
  const within = path.relative(folder, target);
  if (within === '' || within.startsWith('..') || path.isAbsolute(within)) {
    throw new Error(`A secured file's stored path would be written outside the release folder: ${JSON.stringify(relative.slice(0, 200))}`);
  }
  return target;
}
