/**
 * Serving the built renderer, for both the app:// protocol and the browser preview: which file
 * a request path names, confined to the renderer folder, and the headers every response
 * carries. The path is untrusted (a compromised page can ask for anything), so it is checked
 * both as written and as a URL parser normalised it, and the real path on disk, after every
 * symlink, must still be inside the folder.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Only the app's own files: no inline script or style, no remote anything, no framing, no forms. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/** Module scripts are refused unless served as JavaScript, and nosniff means a wrong type is never guessed right. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type RendererFile = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'refused' } | { readonly kind: 'missing' };

const REFUSED: RendererFile = { kind: 'refused' };
const MISSING: RendererFile = { kind: 'missing' };

/** Decoded segments of a path, or null if any could step outside or name another root. */
function safeSegments(pathPart: string): string[] | null {
  const segments: string[] = [];
  for (const encoded of pathPart.split(/[/\\]/)) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    // "/" or "\" inside a decoded segment was %2f or %5c: a separator smuggled past the split.
    // ":" names a drive or an NTFS stream on Windows; NUL truncates a path in native code.
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    if (segment !== '') segments.push(segment);
  }
  return segments;
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The file that a request names. `rawPath` is the path as the request wrote it (before any
 * parser dropped ".."), `pathname` as a URL parser normalised it; both must be safe.
 */
export async function findRendererFile(rendererFolder: string, rawPath: string, pathname: string): Promise<RendererFile> {
  if (safeSegments(rawPath) === null) return REFUSED;
  const segments = safeSegments(pathname);
  if (segments === null) return REFUSED;
  if (segments.length === 0) segments.push('index.html');

  const folder = path.resolve(rendererFolder);
  const candidate = path.resolve(folder, ...segments);
  if (!isInside(folder, candidate)) return REFUSED;
  let realFolder: string;
  let realCandidate: string;
  try {
    realFolder = await fs.promises.realpath(folder);
    realCandidate = await fs.promises.realpath(candidate);
  } catch {
    return MISSING;
  }
  if (!isInside(realFolder, realCandidate)) return REFUSED;
  try {
    if (!(await fs.promises.stat(realCandidate)).isFile()) return MISSING;
  } catch {
    return MISSING;
  }
  return { kind: 'file', path: realCandidate };
}
