/**
 * The one-time tickets that let a secured file's bytes move beside the contract. The authorised
 * call issues a ticket holding the work it allowed (place this file, send this copy, release
 * this set); the transport (the preview's HTTP, the desktop's own IPC) redeems it once, for the
 * same person, before it expires or the store locks. The work itself still goes through the
 * session, so a lock in the middle stops it.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { TICKET_LIFETIME_SECONDS } from '../../shared/vault/transfer.ts';

export interface StreamOptions {
  readonly signal?: AbortSignal;
  /** Called with the bytes moved so far. */
  readonly onProgress?: (bytesDone: number) => void;
}

export interface PlacedFile {
  readonly fileId: number;
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
}

/** Place one file into a set: the source is the file's bytes as they arrive. */
export interface IntakeJob {
  readonly kind: 'intake';
  readonly path: string;
  readonly size: number;
  /** The desktop dialog's pick these bytes come from; null in the preview. */
  readonly pickId: string | null;
  place(source: AsyncIterable<Uint8Array>, options: StreamOptions): Promise<PlacedFile>;
}

/** Send one working copy (already logged with its purpose when the ticket was issued). */
export interface CopyJob {
  readonly kind: 'copy';
  readonly name: string;
  readonly size: number | null;
  readonly mediaType: string;
  read(options: StreamOptions): AsyncIterable<Buffer>;
}

/** Export a whole set to a folder, its structure kept; `finish` logs what was written. */
export interface ReleaseJob {
  readonly kind: 'release';
  readonly folderName: string;
  readonly files: readonly { readonly path: string; readonly size: number }[];
  read(index: number, options: StreamOptions): AsyncIterable<Buffer>;
  finish(outcome: { readonly filesWritten: number; readonly complete: boolean }): void;
}

export type TicketJob = IntakeJob | CopyJob | ReleaseJob;

interface Issued {
  readonly userId: string;
  readonly job: TicketJob;
  readonly expiresAt: number;
}

export class TransferDesk {
  private readonly issued = new Map<string, Issued>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(userId: string, job: TicketJob): string {
    this.forgetExpired();
    const ticket = randomBytes(24).toString('base64url');
    this.issued.set(ticket, { userId, job, expiresAt: this.now() + TICKET_LIFETIME_SECONDS * 1000 });
    return ticket;
  }

  /** Hands over the job once; a second redemption, another person or a late one is refused. */
  redeem(ticket: string, userId: string): TicketJob {
    const issued = this.issued.get(ticket);
    this.issued.delete(ticket);
    if (issued === undefined || issued.expiresAt < this.now()) {
      throw new AppError('TICKET_INVALID', 'This transfer has expired or was already used. Start it again from the secured files page.');
    }
    if (issued.userId !== userId) throw new AppError('TICKET_INVALID', 'This transfer was started by someone else, so it was refused.');
    return issued.job;
  }

  /** The store locked: nothing issued before may run. */
  voidAll(): void {
    this.issued.clear();
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [ticket, issued] of this.issued) if (issued.expiresAt < now) this.issued.delete(ticket);
  }
}
