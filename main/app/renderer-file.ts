/**
 * Turns an app:// URL into a file inside the built renderer folder, or refuses it: only the
 * app's own host, no credentials, and a path that main/renderer-files.ts finds safe.
 */
import { findRendererFile, type RendererFile } from '../renderer-files.ts';
import { APP_HOST, APP_SCHEME } from './app-url.ts';

/** The path as written, before a parser drops "..": app://renderer/<this>?query#hash. */
function rawPath(url: string): string {
  const afterScheme = url.slice(url.indexOf('://') + 3);
  const slash = afterScheme.search(/[/\\]/);
  if (slash === -1) return '';
  return afterScheme.slice(slash).split(/[?#]/, 1)[0]!;
}

export async function findAppFile(rendererFolder: string, requestUrl: string): Promise<RendererFile> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') return { kind: 'refused' };
  return findRendererFile(rendererFolder, rawPath(requestUrl), url.pathname);
}
