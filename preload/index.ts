/**
 * The preload: the page's only way to main. One function for the contract's calls, and the
 * secured files' transfer half (pick, run, cancel, hear progress) on their own channels; nothing
 * of Electron's own objects is handed over — the page gets Results and plain progress values
 * back and cannot reach ipcRenderer itself.
 * Sandboxed preloads load as one CommonJS file, so scripts/build-electron.mjs bundles this.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL, type Bridge } from '../shared/ipc/transport.ts';
import { TRANSFER_CHANNELS, type TransferBridge, type TransferProgress } from '../shared/vault/transfer.ts';

const transfer: TransferBridge = {
  pick: (kind) => ipcRenderer.invoke(TRANSFER_CHANNELS.pick, kind),
  run: (ticket) => ipcRenderer.invoke(TRANSFER_CHANNELS.run, ticket),
  cancel: (ticket) => ipcRenderer.invoke(TRANSFER_CHANNELS.cancel, ticket),
  onProgress: (listener) => {
    // The page hears the three numbers, never the IPC event (which would reach the sender).
    const forward = (_event: IpcRendererEvent, progress: TransferProgress): void => listener({ ticket: progress.ticket, bytesDone: progress.bytesDone, bytesTotal: progress.bytesTotal });
    ipcRenderer.on(TRANSFER_CHANNELS.progress, forward);
    return () => {
      ipcRenderer.removeListener(TRANSFER_CHANNELS.progress, forward);
    };
  },
};

const api: Bridge = {
  invoke: (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
  transfer,
};

contextBridge.exposeInMainWorld('api', api);
