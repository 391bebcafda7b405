import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { standInEvent, type ElectronStandIn } from './electron-stand-in.ts';
import { makeShellFolders, startShell, type ShellFolders, type StandInHolder } from './shell-fixture.ts';

const holder = vi.hoisted((): StandInHolder => ({ current: null }));
vi.mock('electron', async () => (await import('./electron-stand-in.ts')).forwardingModule(() => holder.current!));

type Handler = (...args: unknown[]) => unknown;
function only(electron: ElectronStandIn, api: string): Handler {
  const received = electron.received(api);
  expect(received, `${api} was called once`).toHaveLength(1);
  return received[0]![0] as Handler;
}

interface MenuItem {
  role?: string;
  type?: string;
  label?: string;
  click?: unknown;
  submenu?: MenuItem[];
}
function everyItem(items: MenuItem[]): MenuItem[] {
  return items.flatMap((item) => [item, ...everyItem(item.submenu ?? [])]);
}

describe('the window and its session', () => {
  let folders: ShellFolders;
  let electron: ElectronStandIn;
  beforeEach(async () => {
    folders = makeShellFolders();
    electron = await startShell(holder, folders);
    await electron.becomeReady();
  });
  afterEach(() => folders.cleanup());

  it('opens one window: sandboxed, isolated, no Node, the built preload, and app://renderer/index.html', () => {
    const constructed = electron.received('BrowserWindow.constructor');
    expect(constructed).toHaveLength(1);
    const options = constructed[0]![0] as { webPreferences: unknown; show: boolean };
    expect(options.webPreferences).toEqual({
      preload: path.join(folders.appFolder, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: true,
    });
    expect(options.show).toBe(false);
    expect(electron.received('BrowserWindow.loadURL')).toEqual([['app://renderer/index.html']]);
    expect(electron.received('app.enableSandbox')).toHaveLength(1);
  });

  it('shows the window only when it is ready to show', () => {
    expect(electron.received('BrowserWindow.show')).toHaveLength(0);
    electron.windows[0]!.emit('ready-to-show');
    expect(electron.received('BrowserWindow.show')).toHaveLength(1);
  });

  it('turns the developer tools off in a packaged install, in the window and the menu', async () => {
    const packaged = await startShell(holder, folders, { isPackaged: true });
    await packaged.becomeReady();
    const options = packaged.received('BrowserWindow.constructor')[0]![0] as { webPreferences: { devTools: boolean } };
    expect(options.webPreferences.devTools).toBe(false);
    const template = packaged.received('Menu.buildFromTemplate')[0]![0] as MenuItem[];
    expect(everyItem(template).map((item) => item.role)).not.toContain('toggleDevTools');
  });

  it('refuses every permission request and every permission check', () => {
    const request = only(electron, 'session.setPermissionRequestHandler');
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      const callback = vi.fn();
      request(electron.windows[0]!.webContents, permission, callback, {});
      expect(callback.mock.calls).toEqual([[false]]);
    }
    const check = only(electron, 'session.setPermissionCheckHandler');
    expect(check(electron.windows[0]!.webContents, 'clipboard-read', 'app://renderer', {})).toBe(false);
    expect(check(null, 'media', 'app://renderer', {})).toBe(false);
    expect(only(electron, 'session.setDevicePermissionHandler')({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels every request that would leave the machine', () => {
    const onBeforeRequest = only(electron, 'session.webRequest.onBeforeRequest');
    const answer = (url: string): unknown => {
      const callback = vi.fn();
      onBeforeRequest({ url }, callback);
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0]![0];
    };
    for (const url of ['https://example.com/', 'http://127.0.0.1:5174/api/app.status', 'file:///etc/passwd', 'wss://example.com/', 'app://elsewhere/index.html', 'ftp://example.com/']) {
      expect(answer(url), url).toEqual({ cancel: true });
    }
    for (const url of ['app://renderer/index.html', 'app://renderer/assets/app.js', 'devtools://devtools/bundled/devtools_app.html', 'data:,']) {
      expect(answer(url), url).toEqual({ cancel: false });
    }
  });

  it('prevents navigating away, denies window.open and refuses webviews', () => {
    const contents = electron.windows[0]!.webContents;
    for (const url of ['https://example.com', 'file:///etc/passwd', 'app://renderer/assets/app.js', 'app://elsewhere/index.html']) {
      const navigate = standInEvent(url);
      contents.emit('will-navigate', navigate, url);
      expect(navigate.defaultPrevented, url).toBe(true);
      const redirect = standInEvent(url);
      contents.emit('will-redirect', redirect, url);
      expect(redirect.defaultPrevented, url).toBe(true);
    }
    const reload = standInEvent('app://renderer/index.html');
    contents.emit('will-navigate', reload, reload.url);
    expect(reload.defaultPrevented).toBe(false);

    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://renderer/index.html' })).toEqual({ action: 'deny' });
    const webview = standInEvent();
    contents.emit('will-attach-webview', webview, {}, { src: 'https://example.com' });
    expect(webview.defaultPrevented).toBe(true);
  });

  it('hardens every web contents created later, not only the window’s', () => {
    const later = electron.newWebContents();
    electron.app.emit('web-contents-created', standInEvent(), later);
    const navigate = standInEvent('https://example.com');
    later.emit('will-navigate', navigate, navigate.url);
    expect(navigate.defaultPrevented).toBe(true);
    expect(later.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('sets a menu with nothing in it that opens a web page', () => {
    const template = electron.received('Menu.buildFromTemplate')[0]![0] as MenuItem[];
    const items = everyItem(template);
    expect(items.filter((item) => item.click !== undefined)).toEqual([]);
    expect(items.map((item) => item.role)).not.toContain('help');
    expect(electron.received('Menu.setApplicationMenu')).toEqual([[{ template }]]);
  });
});
