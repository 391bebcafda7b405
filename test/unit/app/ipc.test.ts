import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StandInFrame, type ElectronStandIn, type IpcHandler } from './electron-stand-in.ts';
import { callAsPage, makeShellFolders, startShell, type ShellFolders, type StandInHolder } from './shell-fixture.ts';

const holder = vi.hoisted((): StandInHolder => ({ current: null }));
vi.mock('electron', async () => (await import('./electron-stand-in.ts')).forwardingModule(() => holder.current!));

const NOT_ALLOWED = { ok: false, error: { code: 'NOT_ALLOWED', message: expect.stringMatching(/did not come from the app’s own window/) } };
const CREATE_STORE = { name: 'Test Administrator', passphrase: 'orange kettle lighthouse', confirmPassphrase: 'orange kettle lighthouse' };

describe('the IPC channel', () => {
  let folders: ShellFolders;
  let electron: ElectronStandIn;
  let handler: IpcHandler;
  /** Watches the real pipeline, as loaded by main.ts, to show what never reaches it. */
  let pipeline: ReturnType<typeof vi.fn>;
  beforeEach(async () => {
    folders = makeShellFolders();
    electron = await startShell(holder, folders);
    await electron.becomeReady();
    handler = electron.ipcHandler('prm:invoke');
    const { Desktop } = await import('../../../main/api/desktop.ts');
    pipeline = vi.spyOn(Desktop.prototype, 'invoke') as unknown as ReturnType<typeof vi.fn>;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    folders.cleanup();
  });

  /** A call that would create a store if it got through: the folder staying empty proves it did not. */
  async function expectRefused(event: { sender: unknown; senderFrame: unknown }): Promise<void> {
    expect(await handler(event, 'store.create', CREATE_STORE)).toEqual(NOT_ALLOWED);
    expect(pipeline).not.toHaveBeenCalled();
    expect(fs.existsSync(folders.storeFolder)).toBe(false);
  }

  it('answers on the contract’s one channel and the secured files’ transfer channels, and no other', () => {
    expect(electron.received('ipcMain.handle').map(([channel]) => channel)).toEqual(['prm:invoke', 'prm:transfer-pick', 'prm:transfer-run', 'prm:transfer-cancel']);
    expect(electron.received('ipcMain.on')).toEqual([]);
  });

  it('passes a call from the app’s own page through to the pipeline', async () => {
    expect(await callAsPage(electron, 'app.status', {})).toEqual({
      ok: true,
      value: { state: 'no-store', storeFolder: folders.storeFolder, user: null, idleLockSeconds: 600 },
    });
    expect(pipeline).toHaveBeenCalledWith('app.status', {});
  });

  it('knows the page’s top frame by its ids, as Electron may hand over a fresh object for it', async () => {
    const contents = electron.windows[0]!.webContents;
    const sameFrame = new StandInFrame(contents.mainFrame.url, contents.mainFrame.processId, contents.mainFrame.routingId);
    expect(await handler({ sender: contents, senderFrame: sameFrame }, 'app.status', {})).toMatchObject({ ok: true });
  });

  it('refuses a call from another web contents, and the pipeline never sees it', async () => {
    const other = electron.newWebContents();
    other.mainFrame.url = 'app://renderer/index.html';
    await expectRefused({ sender: other, senderFrame: other.mainFrame });
    // Nor may another web contents borrow the window's frame.
    await expectRefused({ sender: other, senderFrame: electron.windows[0]!.webContents.mainFrame });
  });

  it.each(['https://example.com/', 'file:///tmp/index.html', 'app://elsewhere/index.html', 'app://renderer.example.com/index.html', 'about:blank', 'devtools://devtools/bundled/devtools_app.html'])(
    'refuses a call from the window once its page is %s',
    async (url) => {
      const contents = electron.windows[0]!.webContents;
      contents.mainFrame.url = url;
      await expectRefused({ sender: contents, senderFrame: contents.mainFrame });
    },
  );

  it('refuses a call from a frame inside the app’s page', async () => {
    const contents = electron.windows[0]!.webContents;
    const child = new StandInFrame('app://renderer/index.html', contents.mainFrame.processId, contents.mainFrame.routingId + 1, contents.mainFrame);
    await expectRefused({ sender: contents, senderFrame: child });
  });

  it('refuses a call whose frame has gone', async () => {
    const contents = electron.windows[0]!.webContents;
    await expectRefused({ sender: contents, senderFrame: null });
    const gone = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      sender: contents,
    };
    await expectRefused(gone);
  });

  it('refuses calls once the window has closed', async () => {
    const window = electron.windows[0]!;
    window.close();
    await expectRefused({ sender: window.webContents, senderFrame: window.webContents.mainFrame });
  });

  it('logs a refusal with the call’s name and where it came from, never its input', async () => {
    const other = electron.newWebContents();
    other.mainFrame.url = 'https://example.com/page?child=Q';
    await handler({ sender: other, senderFrame: other.mainFrame }, 'store.create', CREATE_STORE);
    const log = folders.logText();
    expect(log).toContain('Refused the call "store.create" from https://example.com');
    expect(log).not.toContain('orange kettle lighthouse');
    expect(log).not.toContain('child=Q');
  });

  it('refuses a call whose name is not text, without running it', async () => {
    expect(await callAsPage(electron, 42, {})).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'A call must be named with text.' } });
    expect(pipeline).not.toHaveBeenCalled();
  });

  it('leaves input checks to the pipeline, which answers with a value, not an exception', async () => {
    expect(await callAsPage(electron, 'no.such.call', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await callAsPage(electron, 'app.status', { extra: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
