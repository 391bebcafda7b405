/**
 * The preload: the page's only way to main. One function, one channel, nothing of Electron's own
 * objects handed over — the page gets a Result back and cannot reach ipcRenderer itself.
 * Sandboxed preloads load as one CommonJS file, so scripts/build-electron.mjs bundles this.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type Bridge } from '../shared/ipc/transport.ts';

const api: Bridge = {
  invoke: (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
};

contextBridge.exposeInMainWorld('api', api);
