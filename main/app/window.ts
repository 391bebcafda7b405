/**
 * The one window. The page is sandboxed and isolated from the preload, has no Node, and reaches
 * main only through window.api.invoke; it is shown once painted, so no blank frame flashes.
 */
import type { BrowserWindow as BrowserWindowType, WebPreferences } from 'electron';
import { PRODUCT_NAME } from '../application-data-folder.ts';
import { APP_INDEX_URL } from './app-url.ts';
import { logLine } from '../logging/log-event.ts';
import type { Log } from './log.ts';

export function webPreferences(preloadScript: string, developerTools: boolean): WebPreferences {
  return {
    preload: preloadScript,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // A packaged install gives IT no reason to let anyone script the page from an inspector.
    devTools: developerTools,
  };
}

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  options: { readonly preloadScript: string; readonly developerTools: boolean },
  log: Log,
): BrowserWindowType {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: webPreferences(options.preloadScript, options.developerTools),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    log(logLine({ event: 'window.load-failed', error }));
  });
  return window;
}
