/** Backups in words for the Backups tab and the dashboard: sizes, ages, checks and the reminder. */
import type { BackupReminderView, BackupView } from '../../shared/ipc/operations-calls.ts';
import { formatTimestamp, formatTimestampDate } from '../case/components/format-timestamp.ts';

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** "512 bytes", "48 KB", "1.3 GB": as Windows' file lists count them (1 KB = 1,024 bytes). */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes.toLocaleString('en-GB')} bytes`;
  let size = bytes / 1024;
  let unit = 0;
  while (size >= 1024 && unit < UNITS.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${size < 10 ? size.toLocaleString('en-GB', { maximumFractionDigits: 1 }) : Math.round(size).toLocaleString('en-GB')} ${UNITS[unit]}`;
}

export function eventsInWords(events: number): string {
  return events === 1 ? '1 event' : `${events.toLocaleString('en-GB')} events`;
}

/** "today", "yesterday", "12 days ago". */
export function daysAgo(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days.toLocaleString('en-GB')} days ago`;
}

export function everyDays(days: number): string {
  return days === 1 ? 'every day' : `every ${days.toLocaleString('en-GB')} days`;
}

/** The check's outcome, for a GOV.UK tag, and when. */
export function checkWords(backup: BackupView): { readonly tag: string; readonly colour: string; readonly when: string | null } {
  switch (backup.status) {
    case 'verified':
      return { tag: 'Verified', colour: 'govuk-tag--green', when: backup.verifiedAt === null ? null : formatTimestamp(backup.verifiedAt) };
    case 'check-failed':
      return { tag: 'Failed its last check', colour: 'govuk-tag--red', when: backup.checkFailedAt === null ? null : formatTimestamp(backup.checkFailedAt) };
    case 'not-verified':
      return { tag: 'Not checked', colour: 'govuk-tag--grey', when: null };
  }
}

/** The reminder as one sentence: when the last verified backup was made, and how often IT or the app asks for one. */
export function reminderSentence(reminder: BackupReminderView): string {
  const interval = `Back up at least ${everyDays(reminder.reminderDays)}${reminder.setByIt ? ' (set by IT)' : ''}.`;
  if (reminder.lastBackupAt === null || reminder.daysSince === null) return `No verified backup of the store has been made from this app. ${interval}`;
  const made = `The last verified backup was made ${daysAgo(reminder.daysSince)}, on ${formatTimestampDate(reminder.lastBackupAt)}.`;
  return reminder.due ? `${made} ${interval}` : made;
}
