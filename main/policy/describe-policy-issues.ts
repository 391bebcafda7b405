/**
 * zod's findings about a policy, as sentences IT can act on: the setting, what it must be, and
 * what was found instead. The schema's own messages already say this for values out of range.
 */
import type { z } from 'zod';
import { MACHINE_POLICY_SETTINGS, type MachinePolicySetting } from './machine-policy.ts';

/** What each setting must be, for a value of the wrong type. */
export const SETTING_EXPECTS: Readonly<Record<MachinePolicySetting, string>> = {
  storeFolder: 'text: the full path of a folder',
  idleLockMinutes: 'a whole number of minutes from 1 to 240',
  minimumPassphraseLength: 'a whole number of characters from 12 to 128',
  openInDefaultAppAllowed: 'true or false',
  backupReminderDays: 'a whole number of days from 1 to 365',
};

function isSetting(name: unknown): name is MachinePolicySetting {
  return typeof name === 'string' && (MACHINE_POLICY_SETTINGS as readonly string[]).includes(name);
}

/** A value as the policy held it, cut short: enough to recognise it, never a page of text. */
export function quoteFound(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function unknownSettingMessage(name: string): string {
  return `"${name}" is not a setting Practice Review Manager knows (the settings are ${MACHINE_POLICY_SETTINGS.join(', ')})`;
}

export function describePolicyIssues(issues: readonly z.core.$ZodIssue[], raw: unknown): string[] {
  return issues.flatMap((issue) => {
    const setting = issue.path[0];
    if (issue.code === 'unrecognized_keys') return issue.keys.map(unknownSettingMessage);
    if (issue.code === 'invalid_type' && issue.path.length === 0) return ['it must hold one JSON object of settings, such as { "idleLockMinutes": 15 }'];
    if (issue.code === 'invalid_type' && isSetting(setting) && issue.expected !== 'int') {
      const found = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[setting] : undefined;
      return [`${setting} must be ${SETTING_EXPECTS[setting]}, not ${quoteFound(found)}`];
    }
    return [issue.message];
  });
}
