/**
 * A stand-in for the `electron` module, for running the shell's real entry point where Electron's
 * binary cannot be installed. It records every call it receives, in order, and behaves as far as
 * the shell relies on: a BrowserWindow's web contents are announced with 'web-contents-created',
 * app.whenReady() resolves when the test says the app is ready, events can be emitted by hand.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';

export interface StandInOptions {
  /** What app.getAppPath() answers: the folder holding out/renderer and out/preload. */
  readonly appFolder: string;
  readonly logsFolder: string;
  /** Command-line switches, as app.commandLine would see them: { store: '/some/folder' }. */
  readonly switches?: Readonly<Record<string, string>>;
  readonly singleInstanceLock?: boolean;
  readonly isPackaged?: boolean;
}

export interface Recorded {
  readonly api: string;
  readonly args: readonly unknown[];
}

/** The shape of Electron's navigation and webview events, as far as handlers use them. */
export interface StandInEvent {
  readonly url?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function standInEvent(url?: string): StandInEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class StandInFrame {
  constructor(
    public url: string,
    readonly processId: number,
    readonly routingId: number,
    readonly parent: StandInFrame | null = null,
  ) {}
}

let nextId = 1;

export class StandInWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new StandInFrame('about:blank', 100 + this.id, 1);
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;

  constructor(private readonly record: (api: string, args: unknown[]) => void) {
    super();
  }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.record('webContents.setWindowOpenHandler', [handler]);
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return false;
  }
}

export type ProtocolHandler = (request: Pick<Request, 'url' | 'method'>) => Promise<Response>;
export type IpcHandler = (event: { sender: unknown; senderFrame: unknown }, ...args: unknown[]) => Promise<unknown>;

export function createElectronStandIn(options: StandInOptions) {
  const calls: Recorded[] = [];
  const record = (api: string, args: unknown[]): void => {
    calls.push({ api, args });
  };

  let becomeReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    becomeReady = resolve;
  });

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    commandLine: {
      hasSwitch: (name: string) => Object.hasOwn(options.switches ?? {}, name),
      getSwitchValue: (name: string) => options.switches?.[name] ?? '',
    },
    setName: (name: string) => record('app.setName', [name]),
    setPath: (name: string, value: string) => record('app.setPath', [name, value]),
    // userData beside the logs, so the private open-copies folder inside it stays in the test's own folder.
    getPath: (name: string) => (name === 'logs' ? options.logsFolder : name === 'userData' ? path.join(path.dirname(options.logsFolder), 'user-data') : `/nonexistent/${name}`),
    getAppPath: () => options.appFolder,
    requestSingleInstanceLock: () => {
      record('app.requestSingleInstanceLock', []);
      return options.singleInstanceLock ?? true;
    },
    enableSandbox: () => record('app.enableSandbox', []),
    quit: () => record('app.quit', []),
    whenReady: () => {
      record('app.whenReady', []);
      return ready;
    },
  });
  const appOn = app.on.bind(app);
  app.on = (event: string | symbol, listener: (...args: unknown[]) => void) => {
    record('app.on', [event, listener]);
    return appOn(event, listener);
  };

  const windows: StandInBrowserWindow[] = [];
  class StandInBrowserWindow extends EventEmitter {
    readonly webContents = new StandInWebContents(record);
    destroyed = false;
    minimised = false;
    url: string | null = null;

    constructor(readonly options: Record<string, unknown>) {
      super();
      record('BrowserWindow.constructor', [options]);
      windows.push(this);
      // Electron announces every new web contents; the shell's hardening hangs off that.
      app.emit('web-contents-created', standInEvent(), this.webContents);
    }

    loadURL(url: string): Promise<void> {
      record('BrowserWindow.loadURL', [url]);
      this.url = url;
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }

    show(): void {
      record('BrowserWindow.show', []);
    }

    focus(): void {
      record('BrowserWindow.focus', []);
    }

    restore(): void {
      record('BrowserWindow.restore', []);
      this.minimised = false;
    }

    isMinimized(): boolean {
      return this.minimised;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }

    close(): void {
      this.destroyed = true;
      this.emit('closed');
    }
  }

  const protocolHandlers = new Map<string, ProtocolHandler>();
  const protocol = {
    registerSchemesAsPrivileged: (schemes: unknown) => record('protocol.registerSchemesAsPrivileged', [schemes]),
    handle: (scheme: string, handler: ProtocolHandler) => {
      record('protocol.handle', [scheme, handler]);
      protocolHandlers.set(scheme, handler);
    },
  };

  const defaultSession = {
    setPermissionRequestHandler: (handler: unknown) => record('session.setPermissionRequestHandler', [handler]),
    setPermissionCheckHandler: (handler: unknown) => record('session.setPermissionCheckHandler', [handler]),
    setDevicePermissionHandler: (handler: unknown) => record('session.setDevicePermissionHandler', [handler]),
    webRequest: {
      onBeforeRequest: (listener: unknown) => record('session.webRequest.onBeforeRequest', [listener]),
    },
  };

  const ipcHandlers = new Map<string, IpcHandler>();
  const ipcMain = {
    handle: (channel: string, handler: IpcHandler) => {
      record('ipcMain.handle', [channel, handler]);
      ipcHandlers.set(channel, handler);
    },
    on: (channel: string, listener: unknown) => record('ipcMain.on', [channel, listener]),
  };

  const Menu = {
    buildFromTemplate: (template: unknown) => {
      record('Menu.buildFromTemplate', [template]);
      return { template };
    },
    setApplicationMenu: (menu: unknown) => record('Menu.setApplicationMenu', [menu]),
  };

  const powerMonitor = new EventEmitter();
  const powerOn = powerMonitor.on.bind(powerMonitor);
  powerMonitor.on = (event: string | symbol, listener: (...args: unknown[]) => void) => {
    record('powerMonitor.on', [event, listener]);
    return powerOn(event, listener);
  };

  // Dialogs answer as if the person closed them; shell.openPath as if the file opened.
  const dialog = {
    showOpenDialog: (...args: unknown[]) => {
      record('dialog.showOpenDialog', args);
      return Promise.resolve({ canceled: true, filePaths: [] });
    },
    showSaveDialog: (...args: unknown[]) => {
      record('dialog.showSaveDialog', args);
      return Promise.resolve({ canceled: true, filePath: '' });
    },
  };
  const shell = {
    openPath: (file: string) => {
      record('shell.openPath', [file]);
      return Promise.resolve('');
    },
  };

  return {
    /** What vi.mock('electron') hands the shell. */
    module: { app, BrowserWindow: StandInBrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session: { defaultSession }, shell },
    app,
    powerMonitor,
    calls,
    windows,
    /** Every argument list the named API received, in order. */
    received(api: string): (readonly unknown[])[] {
      return calls.filter((call) => call.api === api).map((call) => call.args);
    },
    protocolHandler(scheme: string): ProtocolHandler {
      const handler = protocolHandlers.get(scheme);
      if (handler === undefined) throw new Error(`No protocol handler for ${scheme}.`);
      return handler;
    },
    ipcHandler(channel: string): IpcHandler {
      const handler = ipcHandlers.get(channel);
      if (handler === undefined) throw new Error(`No IPC handler for ${channel}.`);
      return handler;
    },
    newWebContents: () => new StandInWebContents(record),
    /** Resolves app.whenReady(), then lets the shell's ready work finish. */
    async becomeReady(): Promise<void> {
      record('(the app became ready)', []);
      becomeReady();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;

/**
 * What vi.mock('electron') should return. Vitest builds a mocked module once per file, so its
 * exports read whichever stand-in the test has just made, at the moment main.ts uses them.
 */
export function forwardingModule(current: () => ElectronStandIn): Record<string, unknown> {
  const forwarded: Record<string, unknown> = {};
  for (const name of ['app', 'BrowserWindow', 'dialog', 'ipcMain', 'Menu', 'powerMonitor', 'protocol', 'session', 'shell'] as const) {
    Object.defineProperty(forwarded, name, { enumerable: true, get: () => current().module[name] });
  }
  return forwarded;
}
