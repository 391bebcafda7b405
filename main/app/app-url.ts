/**
 * The renderer's one origin. Everything the shell trusts — what the protocol serves, where the
 * window may navigate, which frame may call main — is decided against these.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for app://renderer/… exactly: no port, no credentials, no look-alike host. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

export function isAppIndex(url: string): boolean {
  return isAppUrl(url) && parse(url)!.pathname === '/index.html';
}

/** Scheme and host only, for the log: a full URL could carry something the person typed. */
export function describeOrigin(url: string): string {
  const parsed = parse(url);
  if (parsed === null) return 'an unreadable address';
  return parsed.host === '' ? parsed.protocol : `${parsed.protocol}//${parsed.host}`;
}
