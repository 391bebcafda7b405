/**
 * The preview's side of moving a secured file's bytes (shared/vault/transfer.ts): `PUT
 * /transfer/<ticket>` places the request body into a set, `GET /transfer/<ticket>` sends a
 * working copy, or a whole released set as one zip. server.ts has already checked the host, the
 * origin and the token, exactly as for a call; here the ticket is redeemed for the person now
 * signed in, and the bytes are streamed — never held whole — in both directions.
 *
 * A client that goes away part-way aborts the job through its AbortSignal, so an upload cut
 * short leaves nothing placed and a download cut short is logged as incomplete. Nothing here
 * throws to server.ts: once a download's headers are out, a failure can only cut the
 * connection, which the browser reports, rather than end the body as if it were whole.
 */
import type http from 'node:http';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import archiver from 'archiver';
import { AppError, toErrorValue, type ErrorCode, type Result } from '../../shared/errors.ts';
import { relativePath } from '../../shared/vault/secured-files.ts';
import type { TransferOutcome } from '../../shared/vault/transfer.ts';
import type { Desktop } from '../api/desktop.ts';
import { responseHeaders } from '../renderer-files.ts';
import { safeFileName } from '../vault/open-copies.ts';
import type { CopyJob, IntakeJob, ReleaseJob, TicketJob } from '../vault/transfer-desk.ts';

export type TransferDesktop = Pick<Desktop, 'transfers' | 'requireSession'>;

const STATUS_FOR: Partial<Record<ErrorCode | 'INTERNAL', number>> = {
  INVALID_INPUT: 400,
  LOCKED: 401,
  NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TICKET_INVALID: 410,
  FILE_REFUSED: 422,
};

/** Answers one request under TRANSFER_PATH; `ticket` is the path's last part, decoded. */
export async function answerTransfer(request: http.IncomingMessage, response: http.ServerResponse, ticket: string, desktop: TransferDesktop): Promise<void> {
  const stopped = watchForTheClientLeaving(request, response);
  try {
    if (request.method !== 'PUT' && request.method !== 'GET') {
      throw new AppError('INVALID_INPUT', 'A transfer is sent with PUT and received with GET.');
    }
    const job = redeem(ticket, desktop);
    if (request.method === 'PUT') {
      if (job.kind !== 'intake') throw new AppError('TICKET_INVALID', 'This transfer is for receiving a file, not sending one. Start it again from the secured files page.');
      return sendResult(response, 200, { ok: true, value: await receiveIntake(request, job, stopped.signal) });
    }
    if (job.kind === 'intake') throw new AppError('TICKET_INVALID', 'This transfer is for sending a file, not receiving one. Start it again from the secured files page.');
    if (job.kind === 'copy') return await sendCopy(response, job, stopped.signal);
    return await sendRelease(response, job, stopped.signal);
  } catch (error) {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    // An upload refused before its body was read: close rather than read the rest to throw it away.
    if (!request.complete) response.shouldKeepAlive = false;
    const value = toErrorValue(error);
    sendResult(response, STATUS_FOR[value.code] ?? 500, { ok: false, error: value });
  } finally {
    stopped.release();
  }
}

function redeem(ticket: string, desktop: TransferDesktop): TicketJob {
  const session = desktop.requireSession();
  return desktop.transfers.redeem(ticket, session.userId);
}

/** Aborts the job when the connection closes before the answer is complete. */
function watchForTheClientLeaving(request: http.IncomingMessage, response: http.ServerResponse): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const onRequestClose = (): void => {
    if (!request.complete) controller.abort();
  };
  const onResponseClose = (): void => {
    if (!response.writableFinished) controller.abort();
  };
  request.on('close', onRequestClose);
  response.on('close', onResponseClose);
  return {
    signal: controller.signal,
    release() {
      request.off('close', onRequestClose);
      // A download's last bytes may still be on their way: its close is still worth hearing.
      if (response.writableFinished) response.off('close', onResponseClose);
    },
  };
}

function sendResult(response: http.ServerResponse, status: number, body: Result<TransferOutcome>): void {
  if (response.destroyed || response.writableEnded) return;
  response.writeHead(status, responseHeaders('application/json; charset=utf-8'));
  response.end(JSON.stringify(body));
}

async function receiveIntake(request: http.IncomingMessage, job: IntakeJob, signal: AbortSignal): Promise<TransferOutcome> {
  if (job.pickId !== null) throw new AppError('TICKET_INVALID', 'This transfer is for a file chosen in the desktop app. Start it again from the secured files page.');
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) !== job.size) {
    throw new AppError('INVALID_INPUT', `${job.path} is ${Number(declared).toLocaleString('en-GB')} bytes, not the ${job.size.toLocaleString('en-GB')} bytes given when the transfer started. Choose the file again.`);
  }
  const placed = await job.place(exactly(request, job.size, job.path), { signal });
  return { kind: 'placed', fileId: placed.fileId, sha256: placed.sha256, size: placed.size };
}

/** The body as it arrives, refused the moment it runs past the size declared, or if it ends short. */
async function* exactly(source: AsyncIterable<Buffer>, size: number, name: string): AsyncGenerator<Buffer> {
  let received = 0;
  for await (const chunk of source) {
    received += chunk.length;
    if (received > size) throw new AppError('INVALID_INPUT', `More of ${name} arrived than the ${size.toLocaleString('en-GB')} bytes given when the transfer started. Choose the file again.`);
    yield chunk;
  }
  if (received !== size) throw new AppError('INVALID_INPUT', `Only ${received.toLocaleString('en-GB')} of the ${size.toLocaleString('en-GB')} bytes of ${name} arrived. Try again.`);
}

async function sendCopy(response: http.ServerResponse, job: CopyJob, signal: AbortSignal): Promise<void> {
  // The first chunk is read before anything is sent, so a copy refused at the start (a damaged
  // file, a PDF that cannot take a watermark) is answered with its message, not a broken download.
  const chunks = job.read({ signal })[Symbol.asyncIterator]();
  const first = await chunks.next();
  const headers: Record<string, string> = { ...responseHeaders(downloadType(job.mediaType)), 'Content-Disposition': attachment(job.name) };
  if (job.size !== null) headers['Content-Length'] = String(job.size);
  response.writeHead(200, headers);
  // Buffered by bytes, not by chunks: a queue of sixteen 1 MB chunks would be memory for nothing.
  await pipeline(Readable.from(resume(first, chunks), { objectMode: false }), response, { signal });
}

async function* resume(first: IteratorResult<Buffer>, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  try {
    let next = first;
    while (next.done !== true) {
      yield next.value;
      next = await rest.next();
    }
  } finally {
    await rest.return?.();
  }
}

async function sendRelease(response: http.ServerResponse, job: ReleaseJob, signal: AbortSignal): Promise<void> {
  let filesWritten = 0;
  let complete = false;
  try {
    const names = job.files.map((file) => `${job.folderName}/${checkedPath(file.path)}`);
    response.writeHead(200, { ...responseHeaders('application/zip'), 'Content-Disposition': attachment(`${job.folderName}.zip`) });
    // Stored, not deflated: agencies' records are mostly PDFs, images and office files, already compressed.
    const archive = archiver('zip', { store: true });
    const sent = pipeline(archive, response, { signal });
    // Heard if the zip fails before it is finished with; the loop below then stops at its next wait.
    sent.catch(() => undefined);
    for (const [index, name] of names.entries()) {
      const entryDone = once(archive, 'entry', { signal });
      archive.append(Readable.from(job.read(index, { signal }), { objectMode: false }), { name });
      await entryDone;
      filesWritten++;
    }
    const finalised = archive.finalize();
    finalised.catch(() => undefined);
    await sent;
    await finalised;
    complete = true;
  } finally {
    job.finish({ filesWritten, complete });
  }
}

/** A set's path as stored, checked again before it names a zip entry: never absolute, never "..". */
function checkedPath(path: string): string {
  const parsed = relativePath.safeParse(path);
  if (!parsed.success) throw new Error(`A secured file's stored path cannot name a zip entry: ${JSON.stringify(path.slice(0, 200))}`);
  return parsed.data;
}

/** The type sniffed at intake when it is a well-formed media type; anything else as plain bytes. */
function downloadType(mediaType: string): string {
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i.test(mediaType) ? mediaType : 'application/octet-stream';
}

/** Content-Disposition for a download: an ASCII name for old clients, the real one in RFC 5987 form. */
export function attachment(name: string): string {
  const safe = safeFileName(name);
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
