/**
 * Restoring a backup from the app, as a job, in one of two places:
 * - here, before anyone signs in, when this computer has no store (a failed disk): into the
 *   app's own store folder, and the person who restored it is signed in to it;
 * - elsewhere, by a signed-in administrator: into a new, empty folder away from the store in use
 *   (a restore drill, or a copy to open in its place). The store in use is never touched.
 * Either way the restore is checked (the backup's hashes, integrity, the audit chain) and
 * recorded in the restored store before it is used; restoreStore asks the backup's own store
 * whether the person may restore.
 */
import { RESTORE_JOB } from './job-kinds.ts';
import { AppError } from '../../shared/errors.ts';
import type { RestoreJobResult } from '../../shared/ipc/operations-calls.ts';
import type { Session, SessionOptions } from '../security/session.ts';
import { RESTORE_PHASES, restoreStore, type RestorePhase } from '../store/backup.ts';
import { checkBackupFolder, checkNewFolder, isWithin } from './backup-folders.ts';
import { breathe } from './breathe.ts';
import type { Jobs, ReportProgress } from './jobs.ts';
import { DONE, RESTORE_PHASE_WORDS } from './phase-words.ts';

const TOTAL = RESTORE_PHASES.length;
const FIRST = { phase: RESTORE_PHASE_WORDS['checking-files'], done: 0, total: TOTAL };

export interface RestoreHere {
  readonly jobs: Jobs;
  /** The app's store folder, which must hold no store. */
  readonly storeFolder: string;
  readonly hasStore: () => boolean;
  readonly sessionOptions: SessionOptions;
  /** Makes the restored store's session the app's own. */
  readonly adopt: (session: Session) => void;
  readonly now?: () => Date;
}

export interface RestoreAnswers {
  readonly backupFolder: string;
  readonly name: string;
  readonly passphrase: string;
}

export function startRestoreHere(here: RestoreHere, answers: RestoreAnswers): string {
  if (here.hasStore()) throw new AppError('STORE_EXISTS', `There is already a store in ${here.storeFolder}. A restore never overwrites one: sign in to it instead, and restore into another folder from Administration if you need to.`);
  const source = checkBackupFolder(answers.backupFolder, 'backupFolder');
  refuseSecondRestore(here.jobs);
  return here.jobs.start(RESTORE_JOB, null, FIRST, async (report) => {
    const { session, manifest } = await restoreStore(source, here.storeFolder, answers.name, answers.passphrase, { session: here.sessionOptions, onProgress: progress(report), ...nowOption(here.now) });
    const head = session.store.head();
    here.adopt(session);
    report({ phase: DONE, done: TOTAL, total: TOTAL });
    return { folder: session.store.paths.folder, backupCreatedAt: manifest.createdAt, events: head.events, head: head.head } satisfies RestoreJobResult;
  });
}

export interface RestoreElsewhereAnswers {
  readonly backupFolder: string;
  readonly destination: string;
  readonly passphrase: string;
}

export function startRestoreElsewhere(jobs: Jobs, session: Session, answers: RestoreElsewhereAnswers, now?: () => Date): string {
  session.authorise('store.restore', 'restore a backup into another folder');
  const storeFolder = session.store.paths.folder;
  const source = checkBackupFolder(answers.backupFolder, 'backupFolder');
  const destination = checkNewFolder(answers.destination, storeFolder, 'destination', 'restore');
  // (The backup cannot be inside the destination: that is new or empty.)
  if (isWithin(destination, source)) {
    throw new AppError('INVALID_INPUT', 'Restore into a folder of its own, not into the backup’s folder.', [{ path: 'destination', message: 'Restore into a folder of its own, not into the backup’s folder.' }]);
  }
  refuseSecondRestore(jobs);
  // The restored store's own name for this person: the one they sign in with here.
  const name = session.describe().name;
  return jobs.start(RESTORE_JOB, session.userId, FIRST, async (report) => {
    // No session options: the restored store's session is not the app's, and closes at once.
    const restored = await restoreStore(source, destination, name, answers.passphrase, { onProgress: progress(report), ...nowOption(now) });
    try {
      const head = restored.session.store.head();
      report({ phase: DONE, done: TOTAL, total: TOTAL });
      return { folder: destination, backupCreatedAt: restored.manifest.createdAt, events: head.events, head: head.head } satisfies RestoreJobResult;
    } finally {
      restored.session.lock();
    }
  });
}

function refuseSecondRestore(jobs: Jobs): void {
  if (jobs.running(RESTORE_JOB)) throw new AppError('CONFLICT', 'A restore is already running. Wait for it to finish, then try again.');
}

function progress(report: ReportProgress): (phase: RestorePhase) => Promise<void> {
  return async (phase) => {
    report({ phase: RESTORE_PHASE_WORDS[phase], done: RESTORE_PHASES.indexOf(phase), total: TOTAL });
    await breathe();
  };
}

function nowOption(now: (() => Date) | undefined): { now?: () => Date } {
  return now === undefined ? {} : { now };
}
