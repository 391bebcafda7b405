/**
 * What the renderer may reach beyond its own files: nothing. No permission is ever granted (no
 * camera, no notifications, no clipboard reads), no request leaves for the network, and no page
 * may navigate away, open a window or attach a webview — so a link or an injected script in a
 * record cannot take the window somewhere that could call main.
 */
import type { App, Session } from 'electron';
import { describeOrigin, isAppIndex, isAppUrl } from './app-url.ts';
import type { Log } from './log.ts';

/** data: and blob: never leave the machine; devtools: is Chromium's own inspector. */
function staysOnTheMachine(url: string): boolean {
  return isAppUrl(url) || /^(devtools|data|blob):/i.test(url);
}

export function hardenSession(session: Session, log: Log): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Refused a request for the "${permission}" permission.`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = staysOnTheMachine(details.url);
    if (!allowed) log(`Cancelled a request to ${describeOrigin(details.url)}: the app loads nothing from elsewhere.`);
    callback({ cancel: !allowed });
  });
}

export function refuseNavigationAndNewWindows(app: Pick<App, 'on'>, log: Log): void {
  app.on('web-contents-created', (_event, contents) => {
    const refuseUnlessIndex = (details: { url?: string; preventDefault(): void }): void => {
      if (typeof details.url === 'string' && isAppIndex(details.url)) return;
      details.preventDefault();
      log(`Refused to navigate to ${describeOrigin(details.url ?? '')}.`);
    };
    contents.on('will-navigate', refuseUnlessIndex);
    contents.on('will-redirect', refuseUnlessIndex);
    contents.setWindowOpenHandler(({ url }) => {
      log(`Refused to open a window for ${describeOrigin(url)}.`);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log('Refused to attach a webview.');
    });
  });
}
