/**
 * The browser preview's per-run token. The preview opens the page at `/#token=…` (a fragment is
 * never sent to a server); we keep it for this tab only and take it out of the address bar, so
 * it is not left in history, a bookmark or a screenshot.
 */
const STORAGE_KEY = 'prm.previewToken';

export function takePreviewTokenFromAddress(): void {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  if (token === null || token === '') return;
  window.sessionStorage.setItem(STORAGE_KEY, token);
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

export function previewToken(): string | null {
  return window.sessionStorage.getItem(STORAGE_KEY);
}
