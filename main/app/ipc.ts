/**
 * The one IPC channel. Main checks who is calling before the pipeline runs; the pipeline
 * (Desktop.invoke) then parses the input, checks the session's permission, runs and audits.
 */
import type { BrowserWindow, IpcMain } from 'electron';
import type { Result } from '../../shared/errors.ts';
import { IPC_CHANNEL } from '../../shared/ipc/transport.ts';
import type { Desktop } from '../api/desktop.ts';
import { describeOrigin } from './app-url.ts';
import { logLine } from '../logging/log-event.ts';
import type { Log } from './log.ts';
import { isFromAppWindow, senderUrl } from './trusted-sender.ts';

const NOT_FROM_THE_APP: Result<never> = {
  ok: false,
  error: { code: 'NOT_ALLOWED', message: 'This request did not come from the app’s own window, so it was refused.' },
};
const NO_NAME: Result<never> = { ok: false, error: { code: 'INVALID_INPUT', message: 'A call must be named with text.' } };

export function answerRendererCalls(ipcMain: Pick<IpcMain, 'handle'>, mainWindow: () => BrowserWindow | null, desktop: Pick<Desktop, 'invoke'>, log: Log): void {
  ipcMain.handle(IPC_CHANNEL, async (event, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isFromAppWindow(event, mainWindow())) {
      log(logLine({ event: 'call.refused', call: name, origin: describeOrigin(senderUrl(event)) }));
      return NOT_FROM_THE_APP;
    }
    if (typeof name !== 'string') return NO_NAME;
    return desktop.invoke(name, input);
  });
}
