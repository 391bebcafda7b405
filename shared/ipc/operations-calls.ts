/**
 * The calls for backups and restores, with their progress read through jobs.read. A backup and a
 * restore answer at once with a job id; the job's result, once finished, has the shape of
 * `backupJobResult` or `restoreJobResult`. Folders are typed as full paths: main checks them
 * again on its own system (a folder inside the store, a folder that is not empty).
 */
import { z } from 'zod';
import type { CallDefinition } from './contract.ts';
import { jobStarted } from './jobs-calls.ts';

export function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

/** A Windows drive (D:\), a network share (\\server\share) or a Unix path (/): the renderer cannot tell which system main runs on. */
const FULL_PATH = /^(?:[A-Za-z]:[\\/]|\\\\[^\\]|\/)/;

function folderPath(missing: string) {
  return z
    .string()
    .trim()
    // Nothing typed is one problem, not also a path that does not start right.
    .min(1, { error: missing, abort: true })
    .max(1000, { error: 'Enter a folder path of at most 1,000 characters', abort: true })
    .refine((folder) => FULL_PATH.test(folder), 'Enter the folder’s full path, starting with a drive letter such as D:\\ or with /');
}

const passphrase = z.string().min(1, 'Enter your passphrase').max(1024, 'Enter a passphrase of at most 1,024 characters');
const personName = z.string().trim().min(2, 'Enter your full name').max(100, 'Enter a name of at most 100 characters');

export const BACKUP_STATUSES = ['verified', 'not-verified', 'check-failed'] as const;
export type BackupStatus = (typeof BACKUP_STATUSES)[number];

export const backupView = z.object({
  id: z.number().int().positive(),
  folder: z.string(),
  /** When the copy was made (an instant, UTC). */
  createdAt: z.string(),
  /** When its copy was last checked and passed. */
  verifiedAt: z.string().nullable(),
  /** When its latest check failed, if it did. */
  checkFailedAt: z.string().nullable(),
  status: z.enum(BACKUP_STATUSES),
  /** The length of the audit trail the copy holds. */
  events: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  /** Who made it; null in a restored store for the backup it came from. */
  madeBy: z.string().nullable(),
  /** Set in a store restored from this backup: when. */
  restoredAt: z.string().nullable(),
  /** Whether the folder and its manifest can be seen from this computer now. */
  folderFound: z.boolean(),
});
export type BackupView = z.infer<typeof backupView>;

export const backupReminderView = z.object({
  /** No verified backup, or the newest was made more than `reminderDays` days ago. */
  due: z.boolean(),
  /** When the newest verified backup was made. */
  lastBackupAt: z.string().nullable(),
  /** Whole days since then. */
  daysSince: z.number().int().nonnegative().nullable(),
  reminderDays: z.number().int().positive(),
  /** Whether IT set the interval in the machine policy. */
  setByIt: z.boolean(),
});
export type BackupReminderView = z.infer<typeof backupReminderView>;

export const backupsList = z.object({
  backups: z.array(backupView),
  reminder: backupReminderView,
  /** The store's own folder, which no backup may be inside. */
  storeFolder: z.string(),
});
export type BackupsList = z.infer<typeof backupsList>;

export const backupJobResult = z.object({
  backup: backupView,
  /** The audit trail's head the copy holds, for IT to compare with verify's. */
  head: z.string(),
});
export type BackupJobResult = z.infer<typeof backupJobResult>;

export const restoreJobResult = z.object({
  folder: z.string(),
  /** When the backup restored was made. */
  backupCreatedAt: z.string(),
  /** The restored store's audit trail, with the restore recorded. */
  events: z.number().int().nonnegative(),
  head: z.string(),
});
export type RestoreJobResult = z.infer<typeof restoreJobResult>;

export const backupInput = z.object({ folder: folderPath('Enter the folder to back up into') }).strict();
export const restoreElsewhereInput = z
  .object({
    backupFolder: folderPath('Enter the folder that holds the backup'),
    destination: folderPath('Enter the new folder to restore into'),
    passphrase,
  })
  .strict();
export const restoreHereInput = z
  .object({
    backupFolder: folderPath('Enter the folder that holds the backup'),
    name: personName,
    passphrase,
  })
  .strict();

export const OPERATIONS_CALLS = {
  'backups.list': call({ input: z.object({}).strict(), output: backupsList, access: 'store.backup', action: 'see the backups' }),
  'backups.reminder': call({ input: z.object({}).strict(), output: backupReminderView, access: 'store.backup', action: 'see when the store was last backed up' }),
  'backups.start': call({ input: backupInput, output: jobStarted, access: 'store.backup', action: 'back up the store' }),
  'backups.verify': call({
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ backup: backupView, passed: z.boolean(), problem: z.string().nullable() }),
    access: 'store.backup',
    action: 'check a backup',
  }),
  'restore.start': call({ input: restoreElsewhereInput, output: jobStarted, access: 'store.restore', action: 'restore a backup into another folder' }),
  // Before anyone is signed in (this computer's store was lost): main refuses it while a store is
  // here, and the restore itself asks the backup's store for the person's passphrase and role.
  'restore.startHere': call({ input: restoreHereInput, output: jobStarted, access: 'public', action: 'restore the store from a backup' }),
} as const satisfies Record<string, CallDefinition>;
