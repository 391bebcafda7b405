/**
 * A temporary install for the shell's tests: an app folder with a built renderer in it, a secret
 * beside the renderer folder that must never be served, a store folder, a log folder and a
 * checkpoint folder — so nothing touches the real application-data folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { isolateCheckpoints, makeTempFolder } from '../helpers/temp-store.ts';
import { createElectronStandIn, type ElectronStandIn, type StandInOptions } from './electron-stand-in.ts';

export const SECRET = 'OFFICIAL-SENSITIVE: this file is outside the renderer folder and must never be served';
export const INDEX_HTML = '<!doctype html><title>Practice Review Manager</title><script type="module" src="./assets/app.js"></script>';

export interface ShellFolders {
  readonly root: string;
  readonly appFolder: string;
  readonly rendererFolder: string;
  readonly storeFolder: string;
  readonly logsFolder: string;
  /** Whether this machine lets a test make symbolic links (Windows may not). */
  readonly symlinks: boolean;
  readonly logText: () => string;
  cleanup(): void;
}

function trySymlink(target: string, link: string): boolean {
  try {
    fs.symlinkSync(target, link);
    return true;
  } catch {
    return false;
  }
}

export function makeShellFolders(): ShellFolders {
  const root = makeTempFolder('prm-shell-');
  const previousCheckpointDir = process.env.PRM_CHECKPOINT_DIR;
  isolateCheckpoints(root);
  const appFolder = path.join(root, 'app');
  const rendererFolder = path.join(appFolder, 'out', 'renderer');
  fs.mkdirSync(path.join(rendererFolder, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererFolder, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(rendererFolder, 'assets', 'app.js'), 'console.log("renderer");');
  fs.writeFileSync(path.join(rendererFolder, 'assets', 'app.css'), 'body { margin: 0; }');
  // The secret sits where each traversal would land: beside the renderer folder, and above it.
  fs.writeFileSync(path.join(appFolder, 'out', 'secret'), SECRET);
  fs.writeFileSync(path.join(appFolder, 'secret'), SECRET);
  fs.mkdirSync(path.join(root, 'outside'));
  fs.writeFileSync(path.join(root, 'outside', 'secret.txt'), SECRET);
  const symlinks =
    trySymlink(path.join(appFolder, 'out', 'secret'), path.join(rendererFolder, 'escape.txt')) &&
    trySymlink(path.join(root, 'outside'), path.join(rendererFolder, 'linked-folder')) &&
    trySymlink(path.join(rendererFolder, 'index.html'), path.join(rendererFolder, 'alias.html'));
  const logsFolder = path.join(root, 'logs');
  return {
    root,
    appFolder,
    rendererFolder,
    storeFolder: path.join(root, 'store'),
    logsFolder,
    symlinks,
    logText: () => {
      const file = path.join(logsFolder, 'main.log');
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    },
    cleanup() {
      if (previousCheckpointDir === undefined) delete process.env.PRM_CHECKPOINT_DIR;
      else process.env.PRM_CHECKPOINT_DIR = previousCheckpointDir;
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Where each test file's vi.mock('electron') finds the stand-in of the moment. */
export interface StandInHolder {
  current: ElectronStandIn | null;
}

/**
 * Runs the shell's real entry point, main/app/main.ts, afresh against a new stand-in: modules
 * are reset so that main.ts runs again and its `import … from 'electron'` gets this stand-in.
 */
export async function startShell(holder: StandInHolder, folders: ShellFolders, options: Partial<StandInOptions> = {}): Promise<ElectronStandIn> {
  vi.resetModules();
  holder.current = createElectronStandIn({
    appFolder: folders.appFolder,
    logsFolder: folders.logsFolder,
    switches: { store: folders.storeFolder },
    ...options,
  });
  await import('../../../main/app/main.ts');
  return holder.current;
}

/** Calls main over the IPC channel as the app's own page would: its window's top frame. */
export function callAsPage(electron: ElectronStandIn, name: unknown, input: unknown = {}): Promise<unknown> {
  const contents = electron.windows[0]!.webContents;
  return electron.ipcHandler('prm:invoke')({ sender: contents, senderFrame: contents.mainFrame }, name, input);
}
