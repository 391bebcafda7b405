/**
 * The per-user application-data folder: the one Electron's app.getPath('userData') gives for
 * this product name, computed here too so that the command line and the browser preview use
 * the same default store and checkpoints as the desktop app.
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Practice Review Manager';

export function applicationDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), PRODUCT_NAME);
}

export function defaultStoreFolder(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(applicationDataFolder(env), 'store');
}
