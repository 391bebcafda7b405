/**
 * The browser preview: the built renderer and the same call pipeline as the desktop app, over
 * HTTP on loopback, for developers and the browser tests (it never ships in the packaged app).
 * A call needs the per-run token, and a request from a page of any other origin is refused.
 */
import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Result } from '../../shared/errors.ts';
import { PREVIEW_CALL_PATH, PREVIEW_TOKEN_HEADER } from '../../shared/ipc/transport.ts';
import { TRANSFER_PATH } from '../../shared/vault/transfer.ts';
import type { Desktop } from '../api/desktop.ts';
import { contentTypeFor, findRendererFile, responseHeaders } from '../renderer-files.ts';
import { answerTransfer } from './transfer-routes.ts';

export const LOOPBACK = '127.0.0.1';
const MAX_BODY_BYTES = 1024 * 1024;

export interface PreviewOptions {
  readonly desktop: Desktop;
  readonly rendererFolder: string;
  readonly port?: number;
  readonly token?: string;
}

export interface RunningPreview {
  readonly origin: string;
  readonly token: string;
  /** The address to open: the token travels in the fragment, which is never sent to a server. */
  readonly url: string;
  close(): Promise<void>;
}

function refusal(code: 'NOT_ALLOWED' | 'NOT_FOUND' | 'INVALID_INPUT', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(response: http.ServerResponse, status: number, body: Result<unknown>): void {
  response.writeHead(status, responseHeaders('application/json; charset=utf-8'));
  response.end(JSON.stringify(body));
}

function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const token = options.token ?? randomBytes(32).toString('hex');
  let origin = '';
  let allowedHosts: string[] = [];

  const server = http.createServer(async (request, response) => {
    try {
      // A page elsewhere may resolve its own name to 127.0.0.1 (DNS rebinding): only our own names are served.
      if (!allowedHosts.includes(request.headers.host ?? '')) return sendJson(response, 421, refusal('NOT_ALLOWED', 'This preview answers only at its own loopback address.'));
      const url = new URL(request.url ?? '/', origin);
      const requestOrigin = request.headers.origin;
      const fromOurPage = (): boolean => requestOrigin === undefined || requestOrigin === origin;
      if (url.pathname.startsWith(PREVIEW_CALL_PATH)) {
        if (request.method !== 'POST') return sendJson(response, 405, refusal('INVALID_INPUT', 'Calls are made with POST.'));
        if (!fromOurPage()) return sendJson(response, 403, refusal('NOT_ALLOWED', 'Calls from another origin are refused.'));
        if (!tokenMatches(token, request.headers[PREVIEW_TOKEN_HEADER])) return sendJson(response, 401, refusal('NOT_ALLOWED', 'This call lacks the preview’s token. Open the address the preview printed.'));
        const body = await readBody(request);
        if (body === null) return sendJson(response, 413, refusal('INVALID_INPUT', 'The request is too large.'));
        let input: unknown;
        try {
          input = body === '' ? {} : JSON.parse(body);
        } catch {
          return sendJson(response, 400, refusal('INVALID_INPUT', 'The request body is not JSON.'));
        }
        const name = decodeURIComponent(url.pathname.slice(PREVIEW_CALL_PATH.length));
        return sendJson(response, 200, await options.desktop.invoke(name, input));
      }
      // A secured file's bytes, beside the calls but behind the same guards (transfer-routes.ts).
      if (url.pathname.startsWith(TRANSFER_PATH)) {
        if (!fromOurPage()) return sendJson(response, 403, refusal('NOT_ALLOWED', 'Transfers from another origin are refused.'));
        if (!tokenMatches(token, request.headers[PREVIEW_TOKEN_HEADER])) return sendJson(response, 401, refusal('NOT_ALLOWED', 'This transfer lacks the preview’s token. Open the address the preview printed.'));
        return await answerTransfer(request, response, decodeURIComponent(url.pathname.slice(TRANSFER_PATH.length)), options.desktop);
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, refusal('INVALID_INPUT', 'Only GET is served here.'));
      const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0]!;
      const found = await findRendererFile(options.rendererFolder, rawPath, url.pathname);
      if (found.kind !== 'file') {
        response.writeHead(found.kind === 'refused' ? 403 : 404, responseHeaders('text/plain; charset=utf-8'));
        return response.end(found.kind === 'refused' ? 'Refused.' : 'Not found.');
      }
      response.writeHead(200, responseHeaders(contentTypeFor(found.path)));
      if (request.method === 'HEAD') return response.end();
      fs.createReadStream(found.path).pipe(response);
    } catch {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'INTERNAL', message: 'The preview failed to answer.' } });
      else response.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${LOOPBACK}:${port}`;
  allowedHosts = [`${LOOPBACK}:${port}`, `localhost:${port}`];
  return {
    origin,
    token,
    url: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        options.desktop.lock();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
