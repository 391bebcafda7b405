/**
 * A signed-in user's session over an open store. It holds the keys only while unlocked: locking
 * (by hand, on close, or after the idle time) closes the connection and wipes them from memory.
 * Permissions are read from the store at each check, so a disabled user or an ended assignment
 * takes effect at once.
 */
import { AppError } from '../../shared/errors.ts';
import { grants, type Permission, type PermissionScope, type Role } from '../../shared/roles.ts';
import type { OpenStore } from '../store/open-store.ts';
import { activeAssignments, type AssignmentRecord } from '../store/repositories/assignments.ts';
import { findUserById, type User } from '../store/repositories/users.ts';
import { IdleLock, type Timers } from './idle-lock.ts';

export interface SessionOptions {
  /** Minutes of inactivity before the session locks; none for a one-shot command-line call. */
  readonly idleMinutes?: number;
  readonly onLock?: () => void;
  readonly timers?: Timers;
}

export class Session {
  private idleLock: IdleLock | null = null;
  private lockedState = false;

  constructor(
    private readonly openStore: OpenStore,
    readonly userId: string,
    private readonly privateKeyBytes: Buffer,
    private readonly options: SessionOptions = {},
  ) {
    if (options.idleMinutes !== undefined) this.idleLock = new IdleLock(options.idleMinutes, () => this.lock(), options.timers);
  }

  /** Starts (or restarts with a new length) the idle lock. */
  startIdleLock(minutes: number): void {
    this.assertUnlocked();
    this.idleLock?.stop();
    this.idleLock = new IdleLock(minutes, () => this.lock(), this.options.timers);
  }

  /** Who is signed in and in which roles, read without counting as activity. */
  describe(): { name: string; organisation: string; roles: Role[]; mustChangePassphrase: boolean } {
    this.assertUnlocked();
    const user = this.readUser(this.openStore);
    const roles = [...new Set(activeAssignments(this.openStore.db, this.userId).map((assignment) => assignment.role))];
    return { name: user.name, organisation: user.organisation, roles, mustChangePassphrase: user.mustChangePassphrase };
  }

  get locked(): boolean {
    return this.lockedState;
  }

  /** The store, for a caller already allowed; counts as activity for the idle lock. */
  get store(): OpenStore {
    this.assertUnlocked();
    this.idleLock?.touch();
    return this.openStore;
  }

  get privateKey(): Buffer {
    this.assertUnlocked();
    return this.privateKeyBytes;
  }

  private assertUnlocked(): void {
    if (this.lockedState) throw new AppError('LOCKED', 'Your session has locked. Unlock it with your passphrase to carry on.');
  }

  get user(): User {
    return this.readUser(this.store);
  }

  private readUser(store: OpenStore): User {
    const user = findUserById(store.db, this.userId);
    if (user === undefined) throw new AppError('UNKNOWN_USER', 'Your user record is missing from this store.');
    return user;
  }

  assignments(): AssignmentRecord[] {
    return activeAssignments(this.store.db, this.userId);
  }

  can(permission: Permission, scope: PermissionScope = {}): boolean {
    const user = this.user;
    return user.status === 'active' && grants(this.assignments(), permission, scope);
  }

  /** Refuses, and records the refusal, unless this user's roles grant the permission here. */
  authorise(permission: Permission, action: string, scope: PermissionScope = {}): void {
    if (this.can(permission, scope)) return;
    if (this.openStore.checkpointProblem === null) {
      this.openStore.change((_db, audit) =>
        audit({
          actorId: this.userId,
          action: 'access.refused',
          recordType: scope.caseId === undefined ? 'store' : 'case',
          recordId: scope.caseId ?? this.openStore.storeId,
          details: { permission, attempted: action, ...(scope.agency === undefined ? {} : { agency: scope.agency }) },
        }),
      );
    }
    throw new AppError('NOT_ALLOWED', `You are not allowed to ${action}. Ask an administrator if your role should include it.`);
  }

  lock(): void {
    if (this.lockedState) return;
    this.lockedState = true;
    this.idleLock?.stop();
    try {
      this.openStore.close();
    } finally {
      this.privateKeyBytes.fill(0);
      this.options.onLock?.();
    }
  }
}
