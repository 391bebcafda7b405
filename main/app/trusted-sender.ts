/**
 * Whether an IPC message came from the app's own page: the main window's web contents, its top
 * frame, showing app://renderer. Anything else — a subframe, a page that navigated elsewhere, some
 * other web contents — is refused before the pipeline sees it.
 */
import type { BrowserWindow, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { isAppUrl } from './app-url.ts';

type Frame = Pick<WebFrameMain, 'url' | 'processId' | 'routingId'>;

/** Electron may hand out distinct objects for one frame; its ids are what identify it. */
function sameFrame(a: Frame, b: Frame): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}

export function isFromAppWindow(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, window: BrowserWindow | null): boolean {
  if (window === null || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  let frame: Frame | null;
  try {
    frame = event.senderFrame;
  } catch {
    return false; // the frame went away while the message was in flight
  }
  return frame !== null && sameFrame(frame, contents.mainFrame) && isAppUrl(frame.url);
}

export function senderUrl(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string {
  try {
    return event.senderFrame?.url ?? '';
  } catch {
    return '';
  }
}
