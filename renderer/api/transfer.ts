/**
 * Moving a secured file's bytes, the same few functions whichever transport carries them
 * (shared/vault/transfer.ts). A screen first makes the authorised call (vault.beginIntake,
 * vault.open in copy mode, vault.release), which gives one-time tickets, then hands each
 * ticket here:
 *
 * - in the desktop app, main does the work: it opens its own dialogs, reads and writes the disk,
 *   and sends progress; the page never holds a path or a byte;
 * - in the preview (a browser), the page sends the file the person chose in an
 *   <input type="file"> with a PUT, and receives a copy (a release as one zip) with a GET, both
 *   carrying the preview's token.
 *
 * Every function answers with a Result, like every call; a cancel is `{ kind: 'cancelled' }`,
 * not an error, so a screen can say "Cancelled" rather than show a failure.
 */
import type { ErrorValue, Result } from '../../shared/errors.ts';
import { PREVIEW_TOKEN_HEADER } from '../../shared/ipc/transport.ts';
import { TRANSFER_PATH, type PickedFiles, type PickKind, type TransferBridge, type TransferOutcome, type TransferProgress } from '../../shared/vault/transfer.ts';
import { previewToken } from './preview-token.ts';

export type OnProgress = (progress: TransferProgress) => void;

/** How often a screen hears progress in the preview; the desktop's main throttles its own. */
const PROGRESS_INTERVAL_MS = 100;

const CANCELLED: Result<TransferOutcome> = { ok: true, value: { kind: 'cancelled' } };

const failed = (error: ErrorValue): Result<never> => ({ ok: false, error });

const UNREACHABLE = failed({
  code: 'INTERNAL',
  message: 'Practice Review Manager could not reach its own service to move the file. Try again; if that does not help, close the app, open it again and contact IT.',
});
const BROKEN_DOWNLOAD = failed({ code: 'INTERNAL', message: 'The file stopped arriving before it was complete, so nothing was saved. Try again.' });

function desktopBridge(): TransferBridge | undefined {
  return window.api?.transfer;
}

/** True in the desktop app, where main opens its own dialog; in the preview the screen shows an <input type="file">. */
export function canPickNatively(): boolean {
  return desktopBridge() !== undefined;
}

/** Main's own dialog, for files or a folder: names and sizes under a pick id, or null when closed without choosing. */
export async function pickFiles(kind: PickKind): Promise<Result<PickedFiles | null>> {
  const bridge = desktopBridge();
  if (bridge === undefined) return failed({ code: 'INVALID_INPUT', message: 'Choosing files this way needs the desktop app. Use the file chooser on the page instead.' });
  return bridge.pick(kind).catch(() => UNREACHABLE);
}

/**
 * Sends one file for an intake ticket. In the preview `file` is the one the person chose on the
 * page; in the desktop app it is null, as main reads the file it picked itself.
 */
export async function uploadFile(ticket: string, file: File | null, onProgress: OnProgress, signal?: AbortSignal): Promise<Result<TransferOutcome>> {
  if (signal?.aborted) return CANCELLED;
  const bridge = desktopBridge();
  if (bridge !== undefined) return runInMain(bridge, ticket, onProgress, signal);
  if (file === null) return failed({ code: 'INVALID_INPUT', message: 'Choose the file to add.' });
  return uploadOverHttp(ticket, file, onProgress, signal);
}

/**
 * Receives what a copy or release ticket sends and saves it: in the desktop app where the person
 * chooses in main's dialog; in the preview as a browser download named `suggestedName` unless
 * the server names it.
 */
export async function downloadTicket(ticket: string, suggestedName: string, onProgress: OnProgress, signal?: AbortSignal): Promise<Result<TransferOutcome>> {
  if (signal?.aborted) return CANCELLED;
  const bridge = desktopBridge();
  if (bridge !== undefined) return runInMain(bridge, ticket, onProgress, signal);
  return downloadOverHttp(ticket, suggestedName, onProgress, signal);
}

async function runInMain(bridge: TransferBridge, ticket: string, onProgress: OnProgress, signal: AbortSignal | undefined): Promise<Result<TransferOutcome>> {
  // Main sends every transfer's progress on one channel: each screen hears only its own ticket's.
  const stopListening = bridge.onProgress((progress) => {
    if (progress.ticket === ticket) onProgress(progress);
  });
  const cancel = (): void => {
    void bridge.cancel(ticket).catch(() => undefined);
  };
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await bridge.run(ticket);
  } catch {
    return UNREACHABLE;
  } finally {
    signal?.removeEventListener('abort', cancel);
    stopListening();
  }
}

function transferAddress(ticket: string): string {
  return TRANSFER_PATH + encodeURIComponent(ticket);
}

function isResult(body: unknown): body is Result<TransferOutcome> {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** fetch has no upload progress; XMLHttpRequest does, and streams a File from disk as the body. */
function uploadOverHttp(ticket: string, file: File, onProgress: OnProgress, signal: AbortSignal | undefined): Promise<Result<TransferOutcome>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const abort = (): void => request.abort();
    const settle = (result: Result<TransferOutcome>): void => {
      signal?.removeEventListener('abort', abort);
      resolve(result);
    };
    request.open('PUT', transferAddress(ticket));
    request.setRequestHeader(PREVIEW_TOKEN_HEADER, previewToken() ?? '');
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.onprogress = (event) => onProgress({ ticket, bytesDone: event.loaded, bytesTotal: event.lengthComputable ? event.total : file.size });
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (isResult(body) && body.ok) onProgress({ ticket, bytesDone: file.size, bytesTotal: file.size });
      settle(isResult(body) ? body : UNREACHABLE);
    };
    request.onerror = () => settle(UNREACHABLE);
    request.onabort = () => settle(CANCELLED);
    signal?.addEventListener('abort', abort, { once: true });
    request.send(file);
  });
}

async function downloadOverHttp(ticket: string, suggestedName: string, onProgress: OnProgress, signal: AbortSignal | undefined): Promise<Result<TransferOutcome>> {
  let response: Response;
  try {
    response = await fetch(transferAddress(ticket), { headers: { [PREVIEW_TOKEN_HEADER]: previewToken() ?? '' }, credentials: 'omit', cache: 'no-store', signal });
  } catch {
    return signal?.aborted ? CANCELLED : UNREACHABLE;
  }
  if (!response.ok || response.body === null) {
    const body: unknown = await response.json().catch(() => null);
    return isResult(body) ? body : UNREACHABLE;
  }
  const length = response.headers.get('Content-Length');
  const bytesTotal = length === null ? null : Number(length);
  const name = nameFromDisposition(response.headers.get('Content-Disposition')) ?? suggestedName;
  const report = throttled(onProgress);
  // The preview is for developers and tests: the browser keeps the file until it saves it.
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  try {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      report({ ticket, bytesDone: bytes, bytesTotal }, false);
    }
  } catch {
    return signal?.aborted ? CANCELLED : BROKEN_DOWNLOAD;
  }
  if (bytesTotal !== null && bytes !== bytesTotal) return BROKEN_DOWNLOAD;
  report({ ticket, bytesDone: bytes, bytesTotal }, true);
  saveAs(new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' }), name);
  return { ok: true, value: { kind: 'saved', name, bytes } };
}

/** Progress at most every PROGRESS_INTERVAL_MS, and always the last. */
function throttled(onProgress: OnProgress): (progress: TransferProgress, last: boolean) => void {
  let sentAt = -Infinity;
  return (progress, last) => {
    const now = performance.now();
    if (!last && now - sentAt < PROGRESS_INTERVAL_MS) return;
    sentAt = now;
    onProgress(progress);
  };
}

/** The name the server gave: the RFC 5987 form first (it carries any character), then the plain one. */
export function nameFromDisposition(header: string | null): string | null {
  if (header === null) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]!.trim());
    } catch {
      // A malformed encoding falls back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header);
  return plain ? plain[1]! : null;
}

/** Hands a Blob to the browser's own download, as a link the person clicked would. */
function saveAs(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has had time to start the download; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
