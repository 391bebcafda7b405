/**
 * A backup made from the app, as a job: the folder is checked and the person's permission too
 * before the job starts (so a refusal is the call's answer, not a failed job); then the backup's
 * phases run one by one, each reported before it starts, with the event loop let through between.
 */
import { BACKUP_JOB, REKEY_JOB } from './job-kinds.ts';
import { AppError } from '../../shared/errors.ts';
import type { BackupJobResult } from '../../shared/ipc/operations-calls.ts';
import type { Session } from '../security/session.ts';
import { BACKUP_PHASES, backupSteps } from '../store/backup.ts';
import { findBackup } from '../store/repositories/backups.ts';
import { checkNewFolder } from './backup-folders.ts';
import { toBackupView } from './backup-register.ts';
import { breathe } from './breathe.ts';
import type { Jobs, ReportProgress } from './jobs.ts';
import { BACKUP_PHASE_WORDS, DONE } from './phase-words.ts';

const FIRST = { phase: BACKUP_PHASE_WORDS.preparing, done: 0, total: BACKUP_PHASES.length };

export function startBackup(jobs: Jobs, session: Session, folder: string, now: () => Date = () => new Date()): string {
  session.authorise('store.backup', 'back up the store');
  const destination = checkNewFolder(folder, session.store.paths.folder, 'folder', 'backup');
  if (jobs.running(BACKUP_JOB)) throw new AppError('CONFLICT', 'A backup is already running. Wait for it to finish, then try again.');
  // A backup copies the database as it is: not while a rekey is re-encrypting it.
  if (jobs.running(REKEY_JOB)) throw new AppError('CONFLICT', 'The store’s keys are being changed. Back up once that has finished: the Keys tab shows how it is going.');
  return jobs.start(BACKUP_JOB, session.userId, FIRST, (report) => runBackup(session, destination, report, now));
}

export async function runBackup(session: Session, destination: string, report: ReportProgress, now: () => Date = () => new Date()): Promise<BackupJobResult> {
  const steps = backupSteps(session, destination, now);
  let done = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) {
      report({ phase: DONE, done: BACKUP_PHASES.length, total: BACKUP_PHASES.length });
      const backup = findBackup(session.store.db, step.value.backupId);
      if (backup === undefined) throw new Error('The backup just recorded is missing from the register.');
      return { backup: toBackupView(backup), head: step.value.manifest.head };
    }
    report({ phase: BACKUP_PHASE_WORDS[step.value], done, total: BACKUP_PHASES.length });
    done += 1;
    await breathe();
  }
}
