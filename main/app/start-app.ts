/**
 * The desktop app's lifecycle, given Electron's modules: one instance, a hardened session and
 * protocol, one window, one IPC channel, and the store locked whenever the person leaves.
 */
import path from 'node:path';
import type { App, BrowserWindow, Dialog, IpcMain, Menu, PowerMonitor, Protocol, session, Shell } from 'electron';
import { Desktop } from '../api/desktop.ts';
import { applicationDataFolder, PRODUCT_NAME } from '../application-data-folder.ts';
import { loadMachinePolicy, machinePolicyPlace } from '../policy/load-machine-policy.ts';
import { builtFiles } from './built-files.ts';
import { openerWith } from './default-app.ts';
import { hardenSession, refuseNavigationAndNewWindows } from './hardening.ts';
import { answerRendererCalls } from './ipc.ts';
import { logLine, type LOCK_REASONS } from '../logging/log-event.ts';
import { fileLog } from './log.ts';
import { setApplicationMenu } from './menu.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { chooseStoreFolder } from './store-folder-switch.ts';
import { answerTransfers, type TransferIpc } from './transfer-ipc.ts';
import { createMainWindow } from './window.ts';

export interface ElectronModules {
  readonly app: App;
  readonly BrowserWindow: typeof BrowserWindow;
  readonly ipcMain: IpcMain;
  readonly Menu: typeof Menu;
  readonly powerMonitor: PowerMonitor;
  readonly protocol: Protocol;
  readonly session: typeof session;
  readonly dialog: Dialog;
  readonly shell: Shell;
}

export function startApp(electron: ElectronModules): void {
  const { app } = electron;
  app.setName(PRODUCT_NAME);
  // Chromium's profile beside the store and checkpoints the command line uses; it must be
  // settled before the single-instance lock, which lives in it.
  app.setPath('userData', applicationDataFolder());
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const log = fileLog(() => app.getPath('logs'));
  // Never defaults in place of a policy IT set but the app cannot read. On Linux an error box shows
  // only once the app is ready (before, it goes to standard error), so the refusal waits for that.
  const policy = loadMachinePolicy(machinePolicyPlace({ allowFileOverride: !app.isPackaged }));
  if (!policy.ok) {
    // The message itself is for the person and IT on screen; the log takes no free text.
    log('The machine policy is not valid: the app said what is wrong and did not start.');
    void app.whenReady().then(() => {
      electron.dialog.showErrorBox('Practice Review Manager cannot start', policy.problem);
      app.exit(1);
    });
    return;
  }
  app.enableSandbox();
  registerAppScheme(electron.protocol);
  refuseNavigationAndNewWindows(app, log);

  let transfers: TransferIpc | null = null;
  const desktop = new Desktop({
    storeFolder: chooseStoreFolder(app.commandLine, log, policy.policy),
    machinePolicy: policy.policy,
    log,
    // On this machine's own disk, whichever folder the store is in: a store on a network share
    // must not put decrypted copies there too.
    openCopiesFolder: path.join(app.getPath('userData'), 'open-copies'),
    openWithDefaultApp: openerWith(electron.shell),
    // A transfer still running stops with the lock, and the files picked for it are forgotten.
    onLock: () => transfers?.stopAll(),
  });
  const developerTools = !app.isPackaged;
  let mainWindow: BrowserWindow | null = null;
  const lockStore = (why: (typeof LOCK_REASONS)[number]): void => {
    try {
      desktop.lock();
    } catch (error) {
      log(logLine({ event: 'store.lock-failed', reason: why, error }));
    }
  };

  app.on('second-instance', () => {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => lockStore('quitting'));

  app
    .whenReady()
    .then(() => {
      const files = builtFiles(app.getAppPath());
      serveRenderer(electron.protocol, files.rendererFolder, log);
      hardenSession(electron.session.defaultSession, log);
      answerRendererCalls(electron.ipcMain, () => mainWindow, desktop, log);
      transfers = answerTransfers({ ipcMain: electron.ipcMain, dialog: electron.dialog, mainWindow: () => mainWindow, desktop, log });
      setApplicationMenu(electron.Menu, developerTools);
      // The screen locking or the machine sleeping means the person has left the desk.
      electron.powerMonitor.on('lock-screen', () => lockStore('the screen locked'));
      electron.powerMonitor.on('suspend', () => lockStore('the machine is going to sleep'));
      mainWindow = createMainWindow(electron.BrowserWindow, { preloadScript: files.preloadScript, developerTools }, log);
      mainWindow.on('closed', () => {
        mainWindow = null;
        lockStore('the window closed');
      });
    })
    .catch((error: unknown) => {
      log(logLine({ event: 'app.start-failed', error }));
      app.quit();
    });
}
