/**
 * Long tasks run in the background of one install: each gets a random id, reports its phase and
 * steps as it goes, and keeps its outcome for a while after it ends so the screen that started it
 * can read it. A job started by a signed-in person can be read by that person only.
 */
import { randomUUID } from 'node:crypto';
import { AppError, toErrorValue } from '../../shared/errors.ts';
import type { JobView } from '../../shared/ipc/jobs-calls.ts';
import { logLine } from '../logging/log-event.ts';

export interface JobProgress {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}

export type ReportProgress = (progress: JobProgress) => void;

interface Job {
  view: JobView;
  readonly ownerId: string | null;
  endedAt: number | null;
}

/** How long an ended job's outcome stays readable. */
const KEEP_ENDED_MS = 30 * 60_000;

export class Jobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly log: (message: string) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts `run` at once and returns its id; `first` is the progress shown before it reports. */
  start<T>(kind: string, ownerId: string | null, first: JobProgress, run: (report: ReportProgress) => Promise<T>): string {
    this.forgetOld();
    const id = randomUUID();
    const job: Job = { view: { id, kind, state: 'running', ...first }, ownerId, endedAt: null };
    this.jobs.set(id, job);
    const report: ReportProgress = (progress) => {
      if (job.view.state === 'running') job.view = { ...job.view, ...progress };
    };
    // Deferred, so the caller has the id before the work's first synchronous step blocks.
    setImmediate(() => {
      run(report).then(
        (result) => {
          job.view = { ...job.view, state: 'finished', done: job.view.total, result };
          job.endedAt = this.now();
        },
        (error: unknown) => {
          if (!(error instanceof AppError)) this.log(logLine({ event: 'job.failed', kind, job: id, error }));
          const value = toErrorValue(error);
          job.view = { ...job.view, state: 'failed', error: { code: value.code, message: value.message } };
          job.endedAt = this.now();
        },
      );
    });
    return id;
  }

  /** The job's state, for its owner (or anyone, for a job started before sign-in). */
  read(id: string, readerId: string | null): JobView {
    const job = this.jobs.get(id);
    if (job === undefined || (job.ownerId !== null && job.ownerId !== readerId)) {
      throw new AppError('NOT_FOUND', 'That task is not known here: it may have finished more than 30 minutes ago, or the app was restarted.');
    }
    return job.view;
  }

  /** Whether a job of this kind is running, so a second one is refused rather than run alongside. */
  running(kind: string): boolean {
    return [...this.jobs.values()].some((job) => job.view.kind === kind && job.view.state === 'running');
  }

  /**
   * The store locked: ended jobs' outcomes (a new recovery code, a data-protection export) go
   * with it. Running jobs carry on, as a rekey cut short would have to be finished at next unlock.
   */
  forgetEnded(): void {
    for (const [id, job] of this.jobs) if (job.endedAt !== null) this.jobs.delete(id);
  }

  private forgetOld(): void {
    const now = this.now();
    for (const [id, job] of this.jobs) if (job.endedAt !== null && now - job.endedAt > KEEP_ENDED_MS) this.jobs.delete(id);
  }
}
