/** The machine policy's settings in words, for the "Set by IT on this computer" panel and the locked settings. */
import type { MachinePolicyView, PolicySourceName } from '../../shared/ipc/machine-policy-calls.ts';

export const WHERE_IT_SET_IT: Readonly<Record<PolicySourceName, string>> = {
  registry: 'In the registry (Group Policy)',
  file: 'In the machine policy file',
};

export function describeIdleLock(minutes: number): string {
  return `Sessions lock after ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without activity`;
}

export function describeOpenInDefaultApp(allowed: boolean): string {
  return allowed ? 'Nominated representatives may open secured files in their default app' : 'Nominated representatives can only save working copies of secured files';
}

export interface SetByItRow {
  readonly setting: string;
  readonly value: string;
  readonly source: PolicySourceName;
  readonly where: string;
}

/** One row for each setting IT set, in the order the settings screen shows them. */
export function rowsSetByIt(view: MachinePolicyView): SetByItRow[] {
  const rows: SetByItRow[] = [];
  const add = (setting: string, entry: { source: PolicySourceName } | null, value: () => string) => {
    if (entry !== null) rows.push({ setting, value: value(), source: entry.source, where: WHERE_IT_SET_IT[entry.source] });
  };
  add('Store folder', view.storeFolder, () => view.storeFolder!.value);
  add('Idle lock', view.idleLockMinutes, () => describeIdleLock(view.idleLockMinutes!.value));
  add('Minimum passphrase length', view.minimumPassphraseLength, () => `${view.minimumPassphraseLength!.value} characters`);
  add('Secured files', view.openInDefaultAppAllowed, () => describeOpenInDefaultApp(view.openInDefaultAppAllowed!.value));
  add('Backup reminder', view.backupReminderDays, () => {
    const days = view.backupReminderDays!.value;
    return `When the last verified backup is more than ${days} ${days === 1 ? 'day' : 'days'} old`;
  });
  return rows;
}
