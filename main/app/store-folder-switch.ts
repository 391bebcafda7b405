/** Which store the desktop opens: the per-user default, unless IT starts it with --store=DIR. */
import path from 'node:path';
import type { CommandLine } from 'electron';
import { defaultStoreFolder } from '../application-data-folder.ts';
import type { Log } from './log.ts';

export function chooseStoreFolder(commandLine: Pick<CommandLine, 'hasSwitch' | 'getSwitchValue'>, log: Log): string {
  const chosen = commandLine.getSwitchValue('store');
  if (chosen !== '') return path.resolve(chosen);
  // Chromium reads a switch's value only after "=": "--store DIR" arrives as a bare switch.
  if (commandLine.hasSwitch('store')) log('Ignored --store without a folder: write it as --store=DIR. Opening the default store instead.');
  return defaultStoreFolder();
}
