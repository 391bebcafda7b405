import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ElectronStandIn, ProtocolHandler } from './electron-stand-in.ts';
import { makeShellFolders, SECRET, INDEX_HTML, startShell, type ShellFolders, type StandInHolder } from './shell-fixture.ts';

const holder = vi.hoisted((): StandInHolder => ({ current: null }));
vi.mock('electron', async () => (await import('./electron-stand-in.ts')).forwardingModule(() => holder.current!));

const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

/** The URL exactly as written, as if no parser had normalised it on the way in. */
function raw(url: string, method = 'GET'): Pick<Request, 'url' | 'method'> {
  return { url, method };
}

describe('the app:// protocol', () => {
  let folders: ShellFolders;
  let electron: ElectronStandIn;
  let serve: ProtocolHandler;
  beforeEach(async () => {
    folders = makeShellFolders();
    electron = await startShell(holder, folders);
    await electron.becomeReady();
    serve = electron.protocolHandler('app');
  });
  afterEach(() => folders.cleanup());

  it('registers app:// as a standard, secure scheme before the app is ready, and serves it after', () => {
    const order = electron.calls.map((call) => call.api);
    expect(electron.received('protocol.registerSchemesAsPrivileged')).toEqual([
      [[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]],
    ]);
    expect(order.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('(the app became ready)'));
    expect(order.indexOf('protocol.handle')).toBeGreaterThan(order.indexOf('(the app became ready)'));
    expect(electron.received('protocol.handle').map(([scheme]) => scheme)).toEqual(['app']);
  });

  it('serves index.html as HTML, with the strict policy and nosniff', async () => {
    for (const url of ['app://renderer/index.html', 'app://renderer/']) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(INDEX_HTML);
    }
  });

  it('serves scripts and styles with the types Chromium insists on', async () => {
    const script = await serve(new Request('app://renderer/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("renderer");');
    const style = await serve(new Request('app://renderer/assets/app.css'));
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  const TRAVERSALS = [
    'app://renderer/../secret',
    'app://renderer/%2e%2e/secret',
    'app://renderer/..%2fsecret',
    'app://renderer/%2e%2e%2fsecret',
    'app://renderer/%2E%2E%2Fsecret',
    'app://renderer/..%5csecret',
    'app://renderer/..\\secret',
    'app://renderer/assets/../../secret',
    'app://renderer/assets/%2e%2e/%2e%2e/secret',
    'app://renderer/%2e%2e%2f%2e%2e%2fsecret',
  ];

  it.each(TRAVERSALS)('refuses %s as written, before any parser tidies it', async (url) => {
    const response = await serve(raw(url));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(POLICY);
    expect(await response.text()).not.toContain(SECRET);
  });

  it.each(TRAVERSALS)('never returns the secret for %s as a Request carries it', async (url) => {
    const response = await serve(new Request(url));
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain(SECRET);
  });

  it.each([
    ['an absolute path', 'app://renderer/%2fetc%2fpasswd'],
    ['a Windows drive', 'app://renderer/C:%5cWindows%5cwin.ini'],
    ['a null byte', 'app://renderer/index.html%00.js'],
    ['a malformed escape', 'app://renderer/%e0%a4%a'],
    ['another host', 'app://elsewhere/index.html'],
    ['a look-alike host', 'app://renderer.example.com/index.html'],
    ['a port', 'app://renderer:8080/index.html'],
    ['credentials', 'app://someone@renderer/index.html'],
    ['another scheme', 'https://renderer/index.html'],
  ])('refuses %s', async (_what, url) => {
    const response = await serve(raw(url));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('Practice Review Manager');
  });

  it('refuses a symlink that leads out of the renderer folder, and follows one that stays inside', async ({ skip }) => {
    if (!folders.symlinks) skip('this machine does not let a test make symbolic links');
    for (const url of ['app://renderer/escape.txt', 'app://renderer/linked-folder/secret.txt']) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain(SECRET);
    }
    const alias = await serve(new Request('app://renderer/alias.html'));
    expect(alias.status).toBe(200);
    expect(await alias.text()).toBe(INDEX_HTML);
  });

  it('answers 404 for a missing file or a folder, with the policy on the error too', async () => {
    for (const url of ['app://renderer/missing.js', 'app://renderer/assets', 'app://renderer/assets/']) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers HEAD without a body and refuses any other method', async () => {
    const head = await serve(new Request('app://renderer/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await serve(raw('app://renderer/index.html', 'POST'));
    expect(post.status).toBe(405);
  });

  it('logs a refusal for IT', async () => {
    await serve(raw('app://renderer/..%2fsecret'));
    expect(folders.logText()).toContain('Refused an app:// request outside the renderer folder');
  });
});
