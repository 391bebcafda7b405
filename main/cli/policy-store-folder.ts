/**
 * The command line on a computer where IT's machine policy names the store folder: a command that
 * opens a store but was not told which opens that one, as the desktop app would. An explicit
 * --store still wins here, unlike in the app: IT backs up, restores and checks other folders too.
 */
import type { EffectivePolicy } from '../policy/machine-policy.ts';
import type { Options } from './arguments.ts';

export function withPolicyStoreFolder(options: Options, commandOptions: readonly string[], policy: EffectivePolicy): Options {
  const folder = policy.values.storeFolder;
  if (folder === undefined || options.store !== undefined || !commandOptions.includes('store')) return options;
  // working-days reads the shipped calendar when it is given no store: a user named is what says a store is meant.
  if (options.user === undefined && options['new-user'] === undefined) return options;
  return { ...options, store: folder };
}
