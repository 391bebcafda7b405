/**
 * The exchange's private folder beside the store: the files a person brings in for it (a bundle
 * to import, a completed workbook for a return) and the bundles made here, waiting to be saved
 * where the person chooses. Like the "open in default app" folder (vault/open-copies.ts) it is
 * readable by this account only and wiped when the store locks and when the app starts, so
 * nothing brought in or made lingers on disk.
 *
 * Files come in and go out beside the contract, through the transfer desk's one-time tickets:
 * a staged file is known by a number, and only to the person who brought it in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { AppError } from '../../shared/errors.ts';
import type { TicketGrant } from '../../shared/vault/secured-files.ts';
import type { Session } from '../security/session.ts';
import { safeFileName } from '../vault/open-copies.ts';
import { throwIfAborted } from '../vault/transfer-aborted.ts';
import type { CopyJob, IntakeJob, PlacedFile, StreamOptions, TransferDesk } from '../vault/transfer-desk.ts';

export interface StagedFile {
  readonly path: string;
  readonly fileName: string;
  readonly size: number;
}

interface Held extends StagedFile {
  readonly userId: string;
}

const READ_CHUNK_BYTES = 1024 * 1024;

export class Staging {
  private readonly held = new Map<number, Held>();
  /** Bundles made here and offered for saving, by bundle id, until saved in full or wiped. */
  private readonly made = new Map<string, { readonly userId: string; readonly file: string; readonly fileName: string }>();
  // Never reset, even by a wipe: a number from before a lock must not name a later file.
  private lastId = 0;

  constructor(readonly folder: string) {}

  /** Removes everything inside and forgets every staged file; leaves the folder, owner-only. */
  wipe(): void {
    this.held.clear();
    this.made.clear();
    fs.rmSync(this.folder, { recursive: true, force: true });
    this.ensureFolder();
  }

  /** A ticket whose intake streams the file into the folder; the placed file's id is its staged id. */
  beginUpload(session: Session, transfers: TransferDesk, fileName: string, size: number, pickId?: string | null): TicketGrant {
    if (!Number.isSafeInteger(size) || size < 0) throw new AppError('INVALID_INPUT', `The size given for "${fileName}" is not a number of bytes. Choose the file again.`);
    const userId = session.userId;
    const job: IntakeJob = {
      kind: 'intake',
      path: fileName,
      size,
      pickId: pickId ?? null,
      place: async (source, options) => {
        // Read when the bytes arrive: a store locked since the ticket was issued stops it here.
        if (session.locked) throw new AppError('LOCKED', 'The store has locked. Unlock it and choose the file again.');
        return this.receive(userId, fileName, size, source, options);
      },
    };
    const ticket = transfers.issue(userId, job);
    return { ticket, path: fileName, size };
  }

  /** A staged file, for the person who brought it in; nobody else is told it exists. */
  path(session: Session, stagedId: number): StagedFile {
    const held = this.held.get(stagedId);
    if (held === undefined || held.userId !== session.userId || !fs.existsSync(held.path)) {
      throw new AppError('NOT_FOUND', 'That file is no longer here: files brought in are removed when the store locks. Choose it again.');
    }
    return { path: held.path, fileName: held.fileName, size: held.size };
  }

  /** Forgets a staged file once it has been used, and removes it. */
  discard(session: Session, stagedId: number): void {
    const held = this.held.get(stagedId);
    if (held === undefined || held.userId !== session.userId) return;
    this.held.delete(stagedId);
    fs.rmSync(path.dirname(held.path), { recursive: true, force: true });
  }

  /** Where a bundle about to be made is written: a fresh name inside the folder. */
  newOutPath(): string {
    this.ensureFolder();
    return path.join(this.folder, `out-${randomBytes(12).toString('hex')}.prmbundle`);
  }

  /** A ticket to save a file made here where the person chooses; the file is removed once it has all been read. */
  offerDownload(session: Session, transfers: TransferDesk, file: string, fileName: string): string {
    if (path.relative(this.folder, file).startsWith('..') || path.isAbsolute(path.relative(this.folder, file))) {
      throw new Error(`Only files in the exchange's private folder can be offered for saving, not ${file}.`);
    }
    const size = fs.statSync(file).size;
    const job: CopyJob = {
      kind: 'copy',
      name: safeFileName(fileName),
      size,
      mediaType: 'application/octet-stream',
      read: (options) => readToEnd(session, file, options),
    };
    return transfers.issue(session.userId, job);
  }

  /** As offerDownload, and kept so that a save cancelled or failed part-way can be made again. */
  offerMade(session: Session, transfers: TransferDesk, bundleId: string, file: string, fileName: string): string {
    const ticket = this.offerDownload(session, transfers, file, fileName);
    this.made.set(bundleId, { userId: session.userId, file, fileName });
    return ticket;
  }

  /**
   * A fresh ticket for a bundle made here whose save did not finish. The bundle is already in
   * the log (and its task answered), so making it again would send a second one.
   */
  offerAgain(session: Session, transfers: TransferDesk, bundleId: string): { ticket: string; fileName: string; size: number } {
    const kept = this.made.get(bundleId);
    if (kept !== undefined && !fs.existsSync(kept.file)) this.made.delete(bundleId);
    if (kept === undefined || kept.userId !== session.userId || !fs.existsSync(kept.file)) {
      throw new AppError('NOT_FOUND', 'That bundle is no longer waiting to be saved: it was saved in full, or the app has locked since it was made. Look for it where you saved it; if it is not there, make it again.');
    }
    return { ticket: this.offerDownload(session, transfers, kept.file, kept.fileName), fileName: kept.fileName, size: fs.statSync(kept.file).size };
  }

  private ensureFolder(): void {
    fs.mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    if (process.platform !== 'win32') fs.chmodSync(this.folder, 0o700);
  }

  private async receive(userId: string, fileName: string, size: number, source: AsyncIterable<Uint8Array>, options: StreamOptions): Promise<PlacedFile> {
    this.ensureFolder();
    // Its own sub-folder, so the file keeps its name for messages and two of one name never collide.
    const folder = path.join(this.folder, randomBytes(8).toString('hex'));
    fs.mkdirSync(folder, { mode: 0o700 });
    const file = path.join(folder, safeFileName(fileName));
    const hash = createHash('sha256');
    try {
      await pipeline(Readable.from(counted(source, hash, fileName, size, options), { objectMode: false }), fs.createWriteStream(file, { mode: 0o600, flags: 'wx' }));
      throwIfAborted(options.signal);
    } catch (error) {
      fs.rmSync(folder, { recursive: true, force: true });
      throw error;
    }
    this.lastId += 1;
    this.held.set(this.lastId, { userId, path: file, fileName, size });
    return { fileId: this.lastId, sha256: hash.digest('hex'), size, mediaType: 'application/octet-stream' };
  }
}

/** The source as it arrives, hashed and counted; refused the moment it runs past the size given, or if it ends short. */
async function* counted(source: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>, fileName: string, size: number, options: StreamOptions): AsyncGenerator<Buffer> {
  let received = 0;
  for await (const piece of source) {
    throwIfAborted(options.signal);
    received += piece.length;
    if (received > size) throw new AppError('INVALID_INPUT', `More of "${fileName}" arrived than the ${size.toLocaleString('en-GB')} bytes given when it was chosen. Choose the file again.`);
    hash.update(piece);
    options.onProgress?.(received);
    yield Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
  }
  if (received !== size) throw new AppError('INVALID_INPUT', `Only ${received.toLocaleString('en-GB')} of the ${size.toLocaleString('en-GB')} bytes of "${fileName}" arrived. Choose the file again.`);
}

async function* readToEnd(session: Session, file: string, options: StreamOptions): AsyncGenerator<Buffer> {
  if (session.locked) throw new AppError('LOCKED', 'The store has locked, and the bundle made before it was removed. Unlock it and make the bundle again.');
  let done = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: READ_CHUNK_BYTES, signal: options.signal }) as AsyncIterable<Buffer>) {
    done += chunk.length;
    options.onProgress?.(done);
    yield chunk;
  }
  fs.rmSync(file, { force: true });
}
