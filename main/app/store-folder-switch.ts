/**
 * Which store the desktop opens: the folder IT's machine policy names, if it names one; else the
 * per-user default, unless IT starts it with --store=DIR.
 */
import path from 'node:path';
import type { CommandLine } from 'electron';
import { defaultStoreFolder } from '../application-data-folder.ts';
import { NO_MACHINE_POLICY, type EffectivePolicy } from '../policy/machine-policy.ts';
import type { Log } from './log.ts';

export function chooseStoreFolder(commandLine: Pick<CommandLine, 'hasSwitch' | 'getSwitchValue'>, log: Log, policy: EffectivePolicy = NO_MACHINE_POLICY): string {
  const managed = policy.values.storeFolder;
  if (managed !== undefined) {
    // A shortcut's switch cannot take a person out of the folder IT manages.
    if (commandLine.hasSwitch('store')) log(`Ignored --store: the machine policy (${policy.sources.storeFolder ?? 'file'}) names the store folder.`);
    return path.resolve(managed);
  }
  const chosen = commandLine.getSwitchValue('store');
  if (chosen !== '') return path.resolve(chosen);
  // Chromium reads a switch's value only after "=": "--store DIR" arrives as a bare switch.
  if (commandLine.hasSwitch('store')) log('Ignored --store without a folder: write it as --store=DIR. Opening the default store instead.');
  return defaultStoreFolder();
}
