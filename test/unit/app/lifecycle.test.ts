import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applicationDataFolder, defaultStoreFolder, PRODUCT_NAME } from '../../../main/application-data-folder.ts';
import type { ElectronStandIn } from './electron-stand-in.ts';
import { callAsPage, makeShellFolders, startShell, type ShellFolders, type StandInHolder } from './shell-fixture.ts';

const holder = vi.hoisted((): StandInHolder => ({ current: null }));
vi.mock('electron', async () => (await import('./electron-stand-in.ts')).forwardingModule(() => holder.current!));

const ADMIN = { name: 'Test Administrator', passphrase: 'orange kettle lighthouse' };

async function state(electron: ElectronStandIn): Promise<unknown> {
  const result = (await callAsPage(electron, 'app.status')) as { ok: boolean; value: { state: string } };
  expect(result.ok).toBe(true);
  return result.value.state;
}

describe('the app’s lifecycle', () => {
  let folders: ShellFolders;
  beforeEach(() => {
    folders = makeShellFolders();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    folders.cleanup();
  });

  it('quits, and opens nothing, when another instance already holds the lock', async () => {
    const electron = await startShell(holder, folders, { singleInstanceLock: false });
    await electron.becomeReady();
    expect(electron.received('app.quit')).toHaveLength(1);
    expect(electron.received('BrowserWindow.constructor')).toEqual([]);
    expect(electron.received('protocol.registerSchemesAsPrivileged')).toEqual([]);
    expect(electron.received('protocol.handle')).toEqual([]);
    expect(electron.received('ipcMain.handle')).toEqual([]);
    expect(electron.received('app.whenReady')).toEqual([]);
  });

  it('settles its name and profile folder before asking for the single-instance lock, which lives there', async () => {
    const electron = await startShell(holder, folders);
    const order = electron.calls.map((call) => call.api);
    expect(electron.received('app.setName')).toEqual([[PRODUCT_NAME]]);
    expect(electron.received('app.setPath')).toEqual([['userData', applicationDataFolder()]]);
    expect(order.indexOf('app.setPath')).toBeLessThan(order.indexOf('app.requestSingleInstanceLock'));
  });

  it('brings the existing window forward when someone starts it again', async () => {
    const electron = await startShell(holder, folders);
    await electron.becomeReady();
    electron.windows[0]!.minimised = true;
    electron.app.emit('second-instance', {}, ['prm'], '/');
    expect(electron.received('BrowserWindow.restore')).toHaveLength(1);
    expect(electron.received('BrowserWindow.focus')).toHaveLength(1);
    expect(electron.received('BrowserWindow.constructor')).toHaveLength(1);
  });

  it('quits when its windows have all closed', async () => {
    const electron = await startShell(holder, folders);
    await electron.becomeReady();
    expect(electron.received('app.quit')).toEqual([]);
    electron.windows[0]!.close();
    electron.app.emit('window-all-closed');
    expect(electron.received('app.quit')).toHaveLength(1);
  });

  it('opens the store named by --store=DIR, taking a relative folder from where it was started', async () => {
    const electron = await startShell(holder, folders, { switches: { store: path.join('relative', 'store') } });
    await electron.becomeReady();
    const result = (await callAsPage(electron, 'app.status')) as { value: { storeFolder: string } };
    expect(result.value.storeFolder).toBe(path.resolve('relative', 'store'));
  });

  it('opens the per-user default store without --store', async () => {
    vi.stubEnv('XDG_CONFIG_HOME', path.join(folders.root, 'config'));
    vi.stubEnv('APPDATA', path.join(folders.root, 'config'));
    const electron = await startShell(holder, folders, { switches: {} });
    await electron.becomeReady();
    const result = (await callAsPage(electron, 'app.status')) as { value: { storeFolder: string } };
    expect(result.value.storeFolder).toBe(defaultStoreFolder());
  });

  it('locks the store when the screen locks, the machine sleeps or the app quits', async () => {
    const electron = await startShell(holder, folders);
    await electron.becomeReady();
    expect(await callAsPage(electron, 'store.create', { ...ADMIN, confirmPassphrase: ADMIN.passphrase })).toMatchObject({ ok: true });
    expect(await state(electron)).toBe('unlocked');

    electron.powerMonitor.emit('lock-screen');
    expect(await state(electron)).toBe('locked');

    expect(await callAsPage(electron, 'session.unlock', ADMIN)).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    electron.powerMonitor.emit('suspend');
    expect(await state(electron)).toBe('locked');

    expect(await callAsPage(electron, 'session.unlock', ADMIN)).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    electron.app.emit('will-quit');
    expect(await state(electron)).toBe('locked');
  });

  it('locks the store when the window closes', async () => {
    const electron = await startShell(holder, folders);
    await electron.becomeReady();
    const { Desktop } = await import('../../../main/api/desktop.ts');
    const lock = vi.spyOn(Desktop.prototype, 'lock');
    electron.windows[0]!.close();
    expect(lock).toHaveBeenCalledOnce();
  });
});
