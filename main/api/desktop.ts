/**
 * One install's state as the renderer sees it — which store, whether it is unlocked and by
 * whom — and the one pipeline every call goes through, whatever carried it (Electron IPC, the
 * preview's HTTP, or a direct call in tests): parse the input, check access, run, parse the
 * output. Errors come back as values with a stable code, never as exceptions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError, toErrorValue, type Result } from '../../shared/errors.ts';
import { CONTRACT, isCallName, type AppStatus, type CallName } from '../../shared/ipc/contract.ts';
import { Staging } from '../exchange/staging.ts';
import type { Timers } from '../security/idle-lock.ts';
import { initialiseStore } from '../security/initialise-store.ts';
import type { Session, SessionOptions } from '../security/session.ts';
import { unlock } from '../security/unlock.ts';
import { holdsAnyStoreFile, storePaths } from '../store/store-folder.ts';
import { removeUnfinishedIntakes } from '../vault/intake.ts';
import { OpenCopies } from '../vault/open-copies.ts';
import { TransferDesk } from '../vault/transfer-desk.ts';
import type { VaultDesk } from '../vault/vault-desk.ts';
import { Jobs } from '../operations/jobs.ts';
import { logLine } from '../logging/log-event.ts';
import { idleLockMinutesInForce } from '../policy/idle-lock-setting.ts';
import { NO_MACHINE_POLICY, type EffectivePolicy } from '../policy/machine-policy.ts';
import { putMachinePolicyInForce } from '../policy/policy-in-force.ts';
import { HANDLERS } from './handlers.ts';
import { describeInputProblem, listInputProblems } from './input-problem.ts';

export interface DesktopOptions {
  readonly storeFolder: string;
  /** Overrides the store's idle-lock setting; for tests and the preview's --idle-lock-seconds. */
  readonly idleLockSeconds?: number;
  readonly timers?: Timers;
  /** Called when the session locks by itself, so a shell can tell its window. */
  readonly onLock?: () => void;
  /** Where unexpected failures are written for IT; never shown to the person. */
  readonly log?: (message: string) => void;
  /** The private folder for "open in default app" copies; beside the store folder unless given. */
  readonly openCopiesFolder?: string;
  /** The exchange's private folder for bundles and workbooks on their way in or out; beside the store folder unless given. */
  readonly stagingFolder?: string;
  /** Hands a decrypted copy to the system's default app (Electron's shell); absent in the preview and tests. */
  readonly openWithDefaultApp?: (file: string) => Promise<void>;
  /**
   * What IT set machine-wide (main/policy); none in the preview and tests unless given. Put in
   * force for the whole process when the Desktop is made: the services obey it too.
   */
  readonly machinePolicy?: EffectivePolicy;
}

const DEFAULT_IDLE_LOCK_SECONDS = 600;
const CALLS_BEFORE_PASSPHRASE_CHANGE: ReadonlySet<CallName> = new Set(['session.changePassphrase', 'session.lock']);

export class Desktop implements VaultDesk {
  private session: Session | null = null;
  private lastIdleLockSeconds: number;
  /** Tickets for secured files' bytes; all void when the store locks. */
  readonly transfers = new TransferDesk();
  readonly openCopies: OpenCopies;
  readonly staging: Staging;
  /** Backups, restores and rekeys: long tasks whose progress the screen reads. */
  readonly jobs: Jobs;

  constructor(private readonly options: DesktopOptions) {
    this.jobs = new Jobs(options.log);
    putMachinePolicyInForce(this.machinePolicy);
    const policyMinutes = this.machinePolicy.values.idleLockMinutes;
    this.lastIdleLockSeconds = options.idleLockSeconds ?? (policyMinutes === undefined ? DEFAULT_IDLE_LOCK_SECONDS : policyMinutes * 60);
    const store = storePaths(options.storeFolder).folder;
    this.openCopies = new OpenCopies(options.openCopiesFolder ?? path.join(path.dirname(store), `${path.basename(store)}.open-copies`));
    this.staging = new Staging(options.stagingFolder ?? path.join(path.dirname(store), `${path.basename(store)}.exchange-staging`));
    // What a crash left behind goes before anyone signs in.
    this.openCopies.wipe();
    this.staging.wipe();
  }

  async openCopy(name: string, source: AsyncIterable<Uint8Array>): Promise<void> {
    const file = await this.openCopies.write(name, source);
    await this.options.openWithDefaultApp?.(file);
  }

  get machinePolicy(): EffectivePolicy {
    return this.options.machinePolicy ?? NO_MACHINE_POLICY;
  }

  /** A line for IT's log, made of identifiers and counts only (main/logging). */
  log(line: string): void {
    this.options.log?.(line);
  }

  /** Who is signed in, if anyone: for what is theirs alone (a job they started). */
  signedInUserId(): string | null {
    return this.session !== null && !this.session.locked ? this.session.userId : null;
  }

  get storeFolder(): string {
    return storePaths(this.options.storeFolder).folder;
  }

  /** The pipeline. `name` and `input` are untrusted: they come from the renderer. */
  async invoke(name: string, input: unknown): Promise<Result<unknown>> {
    try {
      if (!isCallName(name)) throw new AppError('NOT_FOUND', `There is no call named "${String(name).slice(0, 80)}".`);
      const definition = CONTRACT[name];
      const parsed = definition.input.safeParse(input ?? {});
      if (!parsed.success) throw new AppError('INVALID_INPUT', describeInputProblem(parsed.error), listInputProblems(parsed.error));
      this.checkAccess(name);
      const value = await (HANDLERS[name] as (desktop: Desktop, input: unknown) => unknown)(this, parsed.data);
      const output = definition.output.safeParse(value);
      if (!output.success) throw new Error(`The ${name} call produced output that does not match its contract: ${output.error.message}`);
      return { ok: true, value: output.data };
    } catch (error) {
      // Identifiers only: an error's message can name a person, a file or a purpose.
      this.options.log?.(logLine(error instanceof AppError ? { event: 'call.declined', call: name, code: error.code } : { event: 'call.failed', call: name, error }));
      return { ok: false, error: toErrorValue(error) };
    }
  }

  private checkAccess(name: CallName): void {
    const { access, action } = CONTRACT[name];
    if (access === 'public') return;
    const session = this.requireSession();
    // A passphrase an administrator set is known to two people: nothing else until it is changed.
    if (!CALLS_BEFORE_PASSPHRASE_CHANGE.has(name) && session.describe().mustChangePassphrase) {
      throw new AppError('PASSPHRASE_CHANGE_REQUIRED', 'Choose a new passphrase before you carry on: an administrator set the one you signed in with.');
    }
    if (access === 'signed-in') return;
    session.authorise(access, action);
  }

  requireSession(): Session {
    if (this.session === null || this.session.locked) {
      this.session = null;
      throw new AppError('LOCKED', 'The store is locked. Unlock it with your passphrase to carry on.');
    }
    return this.session;
  }

  status(): AppStatus {
    const session = this.session !== null && !this.session.locked ? this.session : null;
    if (session === null) this.session = null;
    const state = session ? 'unlocked' : this.hasStore() ? 'locked' : 'no-store';
    if (session === null) return { state, storeFolder: this.storeFolder, user: null, idleLockSeconds: this.lastIdleLockSeconds };
    // Reading the status is not activity: it must not hold the idle lock off.
    return { state, storeFolder: this.storeFolder, user: session.describe(), idleLockSeconds: this.lastIdleLockSeconds };
  }

  private hasStore(): boolean {
    const paths = storePaths(this.options.storeFolder);
    return fs.existsSync(paths.folder) && holdsAnyStoreFile(paths);
  }

  async createStore(name: string, passphrase: string, confirmation: string): Promise<{ recoveryCode: string; status: AppStatus }> {
    if (this.hasStore()) throw new AppError('STORE_EXISTS', `There is already a store in ${this.storeFolder}. Unlock it instead.`);
    if (passphrase !== confirmation) throw new AppError('INVALID_INPUT', 'The passphrases do not match. Type the same passphrase twice.');
    this.lock();
    const { session, recoveryCode } = await initialiseStore(this.options.storeFolder, name, passphrase, this.sessionOptions());
    this.adopt(session);
    return { recoveryCode, status: this.status() };
  }

  async unlock(name: string, passphrase: string): Promise<AppStatus> {
    this.lock();
    this.adopt(await unlock(this.options.storeFolder, name, passphrase, this.sessionOptions()));
    return this.status();
  }

  /** What every session of this install needs: its timers, and telling the shell when it locks. */
  sessionOptions(): SessionOptions {
    return {
      timers: this.options.timers,
      onLock: () => {
        this.afterLock();
        this.options.onLock?.();
      },
    };
  }

  /** Whatever the lock's cause: no ticket or finished task's outcome survives it, and no decrypted copy stays on disk. */
  private afterLock(): void {
    this.transfers.voidAll();
    this.jobs.forgetEnded();
    for (const folder of [this.openCopies, this.staging]) {
      try {
        folder.wipe();
      } catch (error) {
        this.options.log?.(logLine({ event: 'folder.wipe-failed', folder: folder === this.openCopies ? 'open-copies' : 'exchange-staging', error }));
      }
    }
  }

  /** Makes a freshly unlocked session the current one (after an unlock, a restore or a recovery), with the idle lock IT or the store asks for. */
  adopt(session: Session): void {
    const seconds = this.options.idleLockSeconds ?? idleLockMinutesInForce(session.store.db, this.machinePolicy) * 60;
    session.startIdleLock(seconds / 60);
    this.lastIdleLockSeconds = seconds;
    this.session = session;
    // An intake cut short by a crash or a lock left chunks no file owns.
    if (session.store.checkpointProblem === null) removeUnfinishedIntakes(session.store.db);
  }

  lock(): AppStatus {
    if (this.session !== null && !this.session.locked) this.session.lock();
    this.session = null;
    this.afterLock();
    return this.status();
  }
}
