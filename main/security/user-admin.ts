/**
 * User accounts: adding one (with its own key pair and passphrase, and a partnership-wide role
 * where the role is one), listing, disabling and re-enabling. Case roles are given in
 * role-assignments.ts; passphrases are changed and reset in passphrases.ts.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { BUSINESS_UNIT } from '../../shared/organisations.ts';
import { isRole, ROLE_DEFINITIONS, ROLES, type Role } from '../../shared/roles.ts';
import { readKeyFile, writeKeyFile, type KeyFile } from '../store/key-file.ts';
import type { OpenStore } from '../store/open-store.ts';
import { activeAssignments, countActiveAdministrators, endAssignments, insertAssignment, type AssignmentRecord } from '../store/repositories/assignments.ts';
import { organisationByName } from '../store/repositories/organisations.ts';
import { findUserById, insertUser, listUsers as listUserRows, setUserStatus, userByName, type User } from '../store/repositories/users.ts';
import { sealMasterKey } from './master-key.ts';
import { checkPassphraseStrength } from './passphrase-wrap.ts';
import type { Session } from './session.ts';
import { makeUserEntry, nameTag } from './user-key-entry.ts';

export const userNameSchema = z
  .string()
  .trim()
  .min(2, 'A user name needs at least 2 characters.')
  .max(100, 'A user name can be at most 100 characters.')
  .regex(/^[^\p{Cc}]+$/u, 'A user name cannot contain control characters.');

export function parseUserName(name: string): string {
  const parsed = userNameSchema.safeParse(name);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `The user name is not valid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function parseRole(role: string): Role {
  if (!isRole(role)) throw new AppError('INVALID_INPUT', `"${role}" is not a role. Use one of: ${ROLES.join(', ')}.`);
  return role;
}

export interface NewUser {
  readonly name: string;
  readonly role: Role;
  readonly organisation: string;
  readonly passphrase: string;
}

/**
 * Adds the key-file entry first, then the user in one audited transaction; if the transaction
 * fails the entry is taken out again, so a half-added user never holds a key.
 */
export async function createUser(store: OpenStore, actorId: string | null, input: NewUser, action: string): Promise<{ user: User; assignedRole: boolean }> {
  store.requireIntact();
  const name = parseUserName(input.name);
  checkPassphraseStrength(input.passphrase);
  const organisation = organisationByName(store.db, input.organisation);
  if (userExists(store, name)) throw new AppError('CONFLICT', `There is already a user called "${name}". Choose another name.`);
  const id = randomUUID();
  const keyFile = readKeyFile(store.paths.keyFile);
  const entry = await makeUserEntry(keyFile, store.masterKey, { id, name }, input.passphrase);
  const tag = nameTag(keyFile.storeId, name);
  // An entry with this name but no user in the store is left from an add that failed half-way.
  const withoutOrphans = keyFile.users.filter((existing) => existing.nameTag !== tag || findUserById(store.db, existing.userId) !== undefined);
  writeKeyFile(store.paths.keyFile, { ...keyFile, users: [...withoutOrphans, entry] });
  const partnershipWide = ROLE_DEFINITIONS[input.role].scope === 'partnership';
  try {
    store.change((db, audit) => {
      const now = new Date().toISOString();
      insertUser(db, { id, name, organisationId: organisation.id, publicKey: entry.publicKey, mustChangePassphrase: actorId !== null, createdAt: now });
      audit({ actorId, action, recordType: 'user', recordId: id, details: { name, organisation: organisation.name } });
      if (partnershipWide) {
        const assignmentId = insertAssignment(db, { userId: id, role: input.role, caseId: null, agencyId: null, startedAt: now });
        audit({ actorId, action: 'assignment.added', recordType: 'assignment', recordId: assignmentId, details: { userId: id, role: input.role } });
      }
    });
  } catch (error) {
    writeKeyFile(store.paths.keyFile, { ...keyFile, users: withoutOrphans });
    throw error;
  }
  store.keyFile = readKeyFile(store.paths.keyFile);
  return { user: findUserById(store.db, id)!, assignedRole: partnershipWide };
}

function userExists(store: OpenStore, name: string): boolean {
  return listUserRows(store.db).some((user) => user.name.toLowerCase() === name.toLowerCase());
}

export async function addUser(session: Session, input: NewUser): Promise<{ user: User; assignedRole: boolean }> {
  session.authorise('users.manage', 'add users');
  const role = parseRole(input.role);
  if (role === 'administrator' && organisationByName(session.store.db, input.organisation).kind !== 'business-unit') {
    throw new AppError('INVALID_INPUT', `An administrator must belong to the ${BUSINESS_UNIT}.`);
  }
  return createUser(session.store, session.userId, { ...input, role }, 'user.added');
}

export interface UserListing extends User {
  readonly assignments: readonly AssignmentRecord[];
}

export function listUsers(session: Session): UserListing[] {
  session.authorise('users.list', 'list users');
  const db = session.store.db;
  return listUserRows(db).map((user) => ({ ...user, assignments: activeAssignments(db, user.id) }));
}

export function disableUser(session: Session, targetName: string): User {
  session.authorise('users.manage', 'disable users');
  const store = session.store;
  const target = userByName(store.db, targetName);
  if (target.id === session.userId) throw new AppError('INVALID_INPUT', 'You cannot disable your own account. Ask another administrator.');
  if (target.status === 'disabled') throw new AppError('CONFLICT', `The account "${target.name}" is already disabled.`);
  store.change((db, audit) => {
    const now = new Date().toISOString();
    const isAdministrator = activeAssignments(db, target.id).some((assignment) => assignment.role === 'administrator');
    if (isAdministrator && countActiveAdministrators(db) <= 1) throw new AppError('CONFLICT', `"${target.name}" is the only active administrator and cannot be disabled.`);
    setUserStatus(db, target.id, 'disabled', now);
    const ended = endAssignments(db, target.id, now);
    audit({ actorId: session.userId, action: 'user.disabled', recordType: 'user', recordId: target.id, details: { assignmentsEnded: ended } });
  });
  // The store already refuses them; taking their seal out of the key file stops the key file opening it.
  updateKeyFile(store, (keyFile) => ({ ...keyFile, users: keyFile.users.map((entry) => (entry.userId === target.id ? { ...entry, sealedMasterKey: null } : entry)) }));
  return findUserById(store.db, target.id)!;
}

export async function enableUser(session: Session, targetName: string): Promise<User> {
  session.authorise('users.manage', 're-enable users');
  const store = session.store;
  const target = userByName(store.db, targetName);
  if (target.status === 'active') throw new AppError('CONFLICT', `The account "${target.name}" is already active.`);
  const keyFile = readKeyFile(store.paths.keyFile);
  if (!keyFile.users.some((entry) => entry.userId === target.id)) throw new AppError('NOT_FOUND', `The key file has no entry for "${target.name}". Add them again as a new user.`);
  const sealed = await sealMasterKey(store.masterKey, Buffer.from(target.publicKey, 'base64'), keyFile.storeId, keyFile.epoch, target.id);
  writeKeyFile(store.paths.keyFile, { ...keyFile, users: keyFile.users.map((entry) => (entry.userId === target.id ? { ...entry, sealedMasterKey: sealed } : entry)) });
  try {
    store.change((db, audit) => {
      setUserStatus(db, target.id, 'active', new Date().toISOString());
      audit({ actorId: session.userId, action: 'user.enabled', recordType: 'user', recordId: target.id });
    });
  } catch (error) {
    writeKeyFile(store.paths.keyFile, keyFile);
    throw error;
  }
  store.keyFile = readKeyFile(store.paths.keyFile);
  return findUserById(store.db, target.id)!;
}

function updateKeyFile(store: OpenStore, change: (keyFile: KeyFile) => KeyFile): void {
  store.keyFile = change(readKeyFile(store.paths.keyFile));
  writeKeyFile(store.paths.keyFile, store.keyFile);
}
