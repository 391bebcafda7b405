/** The calls of shared/ipc/operations-calls.ts in terms of main/operations: backups, their register and reminder, and restores. */
import type { OPERATIONS_CALLS } from '../../shared/ipc/operations-calls.ts';
import { startBackup } from '../operations/backup-job.ts';
import { readBackupReminder, readBackups } from '../operations/backup-register.ts';
import { startRestoreElsewhere, startRestoreHere } from '../operations/restore-job.ts';
import { verifyBackupAgain } from '../operations/verify-backup.ts';
import type { Handlers } from './handlers.ts';

type OPERATIONSHandlers = Pick<Handlers, keyof typeof OPERATIONS_CALLS>;

export const OPERATIONS_HANDLERS: OPERATIONSHandlers = {
  'backups.list': (desktop) => readBackups(desktop.requireSession(), desktop.machinePolicy),
  'backups.reminder': (desktop) => readBackupReminder(desktop.requireSession(), desktop.machinePolicy),
  'backups.start': (desktop, input) => ({ jobId: startBackup(desktop.jobs, desktop.requireSession(), input.folder) }),
  'backups.verify': (desktop, input) => verifyBackupAgain(desktop.requireSession(), input.id),
  'restore.start': (desktop, input) => ({ jobId: startRestoreElsewhere(desktop.jobs, desktop.requireSession(), input) }),
  'restore.startHere': (desktop, input) => ({
    jobId: startRestoreHere(
      {
        jobs: desktop.jobs,
        storeFolder: desktop.storeFolder,
        hasStore: () => desktop.status().state !== 'no-store',
        sessionOptions: desktop.sessionOptions(),
        adopt: (session) => desktop.adopt(session),
      },
      input,
    ),
  }),
};
