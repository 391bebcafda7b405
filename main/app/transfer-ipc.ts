/**
 * The desktop's channels for a secured file's bytes, beside the contract's one (shared/vault/
 * transfer.ts): pick files in main's own dialog, run a ticket, cancel it, and progress events
 * back to the page. The page never holds a path or a byte: it hears relative names and sizes,
 * asks main to move a ticket's bytes, and is told the outcome.
 *
 * Every message is checked to come from the app's own window first, as calls are (ipc.ts).
 */
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, OpenDialogOptions, WebContents } from 'electron';
import { AppError, toErrorValue, type Result } from '../../shared/errors.ts';
import { TRANSFER_CHANNELS, type PickedFiles, type TransferOutcome, type TransferProgress } from '../../shared/vault/transfer.ts';
import type { Desktop } from '../api/desktop.ts';
import { safeFileName } from '../vault/open-copies.ts';
import type { TicketJob } from '../vault/transfer-desk.ts';
import { describeOrigin } from './app-url.ts';
import { logLine, type TRANSFER_ACTIONS, type TRANSFER_STEPS } from '../logging/log-event.ts';
import type { Log } from './log.ts';
import { PickedFilesRegister } from './picked-files.ts';
import { readPickedFile, saveCopy, writeRelease, type CountBytes } from './transfer-to-disk.ts';
import { isFromAppWindow, senderUrl } from './trusted-sender.ts';

/** At most one progress event per ticket in this time; the last one always goes. */
export const PROGRESS_INTERVAL_MS = 100;

export interface TransferIpcOptions {
  readonly ipcMain: Pick<IpcMain, 'handle'>;
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  readonly mainWindow: () => BrowserWindow | null;
  readonly desktop: Pick<Desktop, 'transfers' | 'requireSession'>;
  readonly log: Log;
  /** The clock progress is throttled by; tests set their own. */
  readonly now?: () => number;
}

export interface TransferIpc {
  /** Stops every running transfer and forgets every pick: for a lock. */
  stopAll(): void;
}

type Event = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

const NOT_FROM_THE_APP: Result<never> = {
  ok: false,
  error: { code: 'NOT_ALLOWED', message: 'This request did not come from the app’s own window, so it was refused.' },
};

export function answerTransfers(options: TransferIpcOptions): TransferIpc {
  const { ipcMain, dialog, desktop, log } = options;
  const now = options.now ?? Date.now;
  const picks = new PickedFilesRegister();
  const running = new Map<string, AbortController>();

  const trusted = (event: Event, what: (typeof TRANSFER_ACTIONS)[number]): boolean => {
    if (isFromAppWindow(event, options.mainWindow())) return true;
    log(logLine({ event: 'transfer.refused', action: what, origin: describeOrigin(senderUrl(event)) }));
    return false;
  };

  const windowForDialogs = (): BrowserWindow => {
    const window = options.mainWindow();
    if (window === null || window.isDestroyed()) throw new AppError('NOT_ALLOWED', 'The app’s window has closed.');
    return window;
  };

  const failure = (error: unknown, what: (typeof TRANSFER_STEPS)[number]): Result<never> => {
    if (!(error instanceof AppError)) log(logLine({ event: 'transfer.failed', step: what, error }));
    return { ok: false, error: toErrorValue(error) };
  };

  ipcMain.handle(TRANSFER_CHANNELS.pick, async (event, kind: unknown): Promise<Result<PickedFiles | null>> => {
    if (!trusted(event, 'choose files')) return NOT_FROM_THE_APP;
    try {
      if (kind !== 'files' && kind !== 'folder') throw new AppError('INVALID_INPUT', 'Choose files or a folder.');
      const { userId } = desktop.requireSession();
      const dialogOptions: OpenDialogOptions =
        kind === 'files'
          ? { title: 'Choose the files', properties: ['openFile', 'multiSelections', 'dontAddToRecent'] }
          : { title: 'Choose the folder', properties: ['openDirectory', 'dontAddToRecent'] };
      const chosen = await dialog.showOpenDialog(windowForDialogs(), dialogOptions);
      if (chosen.canceled || chosen.filePaths.length === 0) return { ok: true, value: null };
      // The person who opened the dialog may have been locked out while it was open.
      if (desktop.requireSession().userId !== userId) throw new AppError('LOCKED', 'Someone else has signed in since the files were chosen. Choose them again.');
      const picked = kind === 'files' ? await picks.addFiles(userId, chosen.filePaths) : await picks.addFolder(userId, chosen.filePaths[0]!);
      return { ok: true, value: picked };
    } catch (error) {
      return failure(error, 'choosing files');
    }
  });

  ipcMain.handle(TRANSFER_CHANNELS.run, async (event, ticket: unknown): Promise<Result<TransferOutcome>> => {
    if (!trusted(event, 'move a secured file')) return NOT_FROM_THE_APP;
    if (typeof ticket !== 'string' || ticket === '' || ticket.length > 200) return failure(new AppError('TICKET_INVALID', 'This transfer has no valid ticket. Start it again from the secured files page.'), 'run');
    if (running.has(ticket)) return failure(new AppError('TICKET_INVALID', 'This transfer is already running.'), 'run');
    const controller = new AbortController();
    running.set(ticket, controller);
    try {
      const { userId } = desktop.requireSession();
      const job = desktop.transfers.redeem(ticket, userId);
      const progress = progressReporter(event.sender, ticket, totalOf(job), now);
      const outcome = await runJob(job, userId, controller.signal, progress);
      progress.finish();
      return { ok: true, value: outcome };
    } catch (error) {
      if (controller.signal.aborted) return { ok: true, value: { kind: 'cancelled' } };
      return failure(error, 'run');
    } finally {
      running.delete(ticket);
    }
  });

  ipcMain.handle(TRANSFER_CHANNELS.cancel, (event, ticket: unknown): void => {
    if (!trusted(event, 'cancel a transfer')) return;
    if (typeof ticket === 'string') running.get(ticket)?.abort();
  });

  async function runJob(job: TicketJob, userId: string, signal: AbortSignal, progress: ProgressReporter): Promise<TransferOutcome> {
    switch (job.kind) {
      case 'intake': {
        if (job.pickId === null) throw new AppError('TICKET_INVALID', 'This transfer has no files chosen in the app. Choose them again from the secured files page.');
        const file = await readPickedFile(picks.absolutePath(job.pickId, userId, job.path), job.size, job.path, progress.count);
        try {
          const placed = await job.place(file.bytes, { signal });
          return { kind: 'placed', fileId: placed.fileId, sha256: placed.sha256, size: placed.size };
        } finally {
          file.close();
        }
      }
      case 'copy': {
        const chosen = await dialog.showSaveDialog(windowForDialogs(), { title: 'Save the file', defaultPath: safeFileName(job.name), properties: ['showOverwriteConfirmation', 'dontAddToRecent'] });
        if (chosen.canceled || chosen.filePath === undefined || chosen.filePath === '' || signal.aborted) return { kind: 'cancelled' };
        const bytes = await saveCopy(chosen.filePath, job.read({ signal }), signal, progress.count);
        return { kind: 'saved', name: basename(chosen.filePath), bytes };
      }
      case 'release': {
        const chosen = await dialog.showOpenDialog(windowForDialogs(), { title: 'Choose where to put the released files', properties: ['openDirectory', 'createDirectory', 'promptToCreate', 'dontAddToRecent'] });
        if (chosen.canceled || chosen.filePaths.length === 0 || signal.aborted) {
          job.finish({ filesWritten: 0, complete: false });
          return { kind: 'cancelled' };
        }
        const written = await writeRelease(chosen.filePaths[0]!, job, signal, progress.count);
        return { kind: 'saved', name: written.folder, bytes: written.bytes };
      }
    }
  }

  return {
    stopAll() {
      for (const controller of running.values()) controller.abort();
      picks.clear();
    },
  };
}

/** The last part of a path the dialog gave, on either platform's separators: the page sees a name, never a path. */
function basename(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function totalOf(job: TicketJob): number | null {
  switch (job.kind) {
    case 'intake':
      return job.size;
    case 'copy':
      return job.size;
    case 'release':
      return job.files.reduce((total, file) => total + file.size, 0);
  }
}

interface ProgressReporter {
  readonly count: CountBytes;
  /** Sends the last count if the throttle held it back. */
  finish(): void;
}

function progressReporter(sender: WebContents, ticket: string, bytesTotal: number | null, now: () => number): ProgressReporter {
  let bytesDone = 0;
  let sentAt = -Infinity;
  let sentBytes = -1;
  const send = (): void => {
    sentAt = now();
    sentBytes = bytesDone;
    if (sender.isDestroyed()) return;
    const progress: TransferProgress = { ticket, bytesDone, bytesTotal };
    sender.send(TRANSFER_CHANNELS.progress, progress);
  };
  return {
    count(done) {
      bytesDone = done;
      if (now() - sentAt >= PROGRESS_INTERVAL_MS) send();
    },
    finish() {
      if (sentBytes !== bytesDone) send();
    },
  };
}
