/**
 * The store's rekey (main/security/rekey.ts) as a job the Keys tab follows: its steps in words,
 * the new recovery code (if asked for) kept in the job's outcome for its owner alone, and the
 * session held awake while it runs, so the idle lock never closes the store half-way. A second
 * rekey, or one while a backup or restore is running, is refused.
 */
import type { RekeyResult } from '../../shared/accounts/accounts.ts';
import { AppError } from '../../shared/errors.ts';
import type { JobStarted } from '../../shared/ipc/jobs-calls.ts';
import { BACKUP_JOB, REKEY_JOB, RESTORE_JOB } from '../operations/job-kinds.ts';
import type { Jobs, ReportProgress } from '../operations/jobs.ts';
import { rekey, type RekeyPhase } from '../security/rekey.ts';
import type { Session } from '../security/session.ts';


/** Long tasks that must not run alongside a rekey: each copies or replaces the store's two files. */
const EXCLUSIVE_JOBS: Readonly<Record<string, string>> = {
  [REKEY_JOB]: 'The store’s keys are already being changed. Wait for that to finish: the Keys tab shows how it is going.',
  [BACKUP_JOB]: 'A backup is being made. Wait for it to finish before changing the keys, so that the backup holds one key or the other, not both.',
  [RESTORE_JOB]: 'A store is being restored. Wait for it to finish before changing the keys.',
};

/**
 * The re-encryption holds the process until it ends, so no one can read the job's progress
 * meanwhile: the job waits this long first, longer than the screen's poll, so the screen
 * shows "Re-encrypting" throughout rather than the step before.
 */
const READING_MOMENT_MS = 400;

export interface RekeyDesk {
  readonly jobs: Jobs;
  requireSession(): Session;
}

/**
 * The last rekey each desktop's jobs ran, so the Keys tab can follow it again after being left:
 * while it runs, and afterwards until its new recovery code (if it made one) has been confirmed
 * written down, since that code is already in use and the old one in the safe is not.
 */
const lastRekeys = new WeakMap<Jobs, { readonly jobId: string; readonly ownerId: string; codeToConfirm: boolean }>();

export function startRekey(desk: RekeyDesk, newRecoveryCode: boolean): JobStarted {
  const session = desk.requireSession();
  session.authorise('keys.rekey', 'change the store’s keys');
  for (const [kind, refusal] of Object.entries(EXCLUSIVE_JOBS)) if (desk.jobs.running(kind)) throw new AppError('CONFLICT', refusal);
  const jobId = desk.jobs.start(REKEY_JOB, session.userId, { phase: 'Starting', done: 0, total: 1 }, (report) => runRekey(session, newRecoveryCode, report));
  lastRekeys.set(desk.jobs, { jobId, ownerId: session.userId, codeToConfirm: newRecoveryCode });
  return { jobId };
}

/** The person's own rekey the Keys tab should follow: running, or finished with a new code not yet confirmed written down. */
export function rekeyToFollow(desk: RekeyDesk, userId: string): string | null {
  const last = lastRekeys.get(desk.jobs);
  if (last === undefined || last.ownerId !== userId) return null;
  let state: string;
  try {
    state = desk.jobs.read(last.jobId, userId).state;
  } catch {
    // Forgotten: its outcome is no longer kept.
    return null;
  }
  return state === 'running' || (state === 'finished' && last.codeToConfirm) ? last.jobId : null;
}

/** The person has written down the new recovery code their rekey made: the tab need not show it again. */
export function recoveryCodeKept(desk: RekeyDesk, jobId: string): void {
  const session = desk.requireSession();
  session.authorise('keys.rekey', 'change the store’s keys');
  const last = lastRekeys.get(desk.jobs);
  if (last === undefined || last.jobId !== jobId || last.ownerId !== session.userId) throw new AppError('NOT_FOUND', 'That change of keys is not known here. Check the Keys tab.');
  last.codeToConfirm = false;
}

/** Runs the rekey, reporting each step in words; exported for tests, which pass no wait. */
export async function runRekey(session: Session, newRecoveryCode: boolean, report: ReportProgress, readingMoment = READING_MOMENT_MS): Promise<RekeyResult> {
  let recoveryCode: string | null = null;
  const result = await rekey(session, {
    newRecovery: newRecoveryCode,
    showRecoveryCode: (code) => {
      recoveryCode = code;
    },
    onProgress: (progress) => {
      holdIdleLockOff(session);
      report({ phase: phaseInWords(progress.phase, progress.activeUsers), done: progress.done, total: progress.total });
    },
    beforeReencrypting: async () => {
      if (readingMoment > 0) await new Promise((resolve) => setTimeout(resolve, readingMoment));
      // Only signing out can lock it now (the idle lock is held off); the pending key is forgotten at the next sign-in.
      if (session.locked) throw new AppError('LOCKED', 'The session locked before the keys were changed, so nothing was changed. Sign in and change the keys again.');
      holdIdleLockOff(session);
    },
  });
  // The re-encryption may have run past the idle time: it was all work, not idleness.
  holdIdleLockOff(session);
  return { epoch: result.epoch, activeUsers: result.activeUsers, recoveryCode };
}

/** Any use of the session's store counts as activity for its idle lock. */
function holdIdleLockOff(session: Session): void {
  if (!session.locked) void session.store;
}

export function phaseInWords(phase: RekeyPhase, activeUsers: number): string {
  switch (phase) {
    case 'sealing':
      return `Sealing the new key for ${activeUsers === 1 ? '1 active user' : `${activeUsers.toLocaleString('en-GB')} active users`} and the recovery key`;
    case 'saving-pending':
      return 'Saving the new key as pending, beside the current one';
    case 're-encrypting':
      return 'Re-encrypting the database under the new key';
    case 'making-current':
      return 'Making the new key the current one';
    case 'recording':
      return 'Recording the change in the audit trail';
  }
}
