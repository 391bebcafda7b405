/**
 * The app:// protocol: the renderer's only source. Registered as a standard, secure scheme
 * before the app is ready (Chromium fixes its scheme table at startup), then served from the
 * built renderer folder and nothing else.
 */
import fs from 'node:fs';
import type { Protocol } from 'electron';
import { APP_SCHEME } from './app-url.ts';
import { contentTypeFor, responseHeaders } from '../renderer-files.ts';
import { logLine } from '../logging/log-event.ts';
import type { Log } from './log.ts';
import { findAppFile } from './renderer-file.ts';

export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs and an origin of its own; secure: a secure context, as https is.
      // Not corsEnabled and not bypassCSP: no other origin may read it, and the policy holds.
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}

export async function respond(request: Pick<Request, 'url' | 'method'>, rendererFolder: string, log: Log): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Only GET and HEAD are answered here.');
  const found = await findAppFile(rendererFolder, request.url);
  if (found.kind === 'refused') {
    // Not the address itself: a path can be a file's name.
    log(logLine({ event: 'request.refused' }));
    return plain(403, 'Refused.');
  }
  if (found.kind === 'missing') return plain(404, 'Not found.');
  const headers = responseHeaders(contentTypeFor(found.path));
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  return new Response(await fs.promises.readFile(found.path), { status: 200, headers });
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererFolder: string, log: Log): void {
  protocol.handle(APP_SCHEME, (request) => respond(request, rendererFolder, log));
}
