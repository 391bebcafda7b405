/**
 * Who may be an agency's nominated representative, the key their files are sealed to, and the
 * assignment that goes with the role. The representative works for the agency whose files
 * they hold: otherwise whoever sets a set up could name themselves and read it.
 */
import { AppError } from '../../shared/errors.ts';
import type { Audit, OpenStore } from '../store/open-store.ts';
import type { Db } from '../store/open-database.ts';
import { insertAssignment } from '../store/repositories/assignments.ts';
import type { Organisation } from '../store/repositories/organisations.ts';
import { activeRepresentative, endAssignment } from '../store/repositories/representative-assignments.ts';
import { findUserById, findUserByName, type User } from '../store/repositories/users.ts';

/** An active user of the agency, by name. */
export function representativeCandidate(db: Db, agency: Organisation, name: string): User {
  const user = findUserByName(db, name);
  if (user === undefined) throw new AppError('NOT_FOUND', `There is no user called "${name.trim()}" on this install. Ask an administrator to add them, then name them again.`);
  if (user.status !== 'active') throw new AppError('CONFLICT', `The account "${user.name}" is disabled, so they cannot be a nominated representative. Name someone else, or ask an administrator to re-enable it.`);
  if (user.organisationId !== agency.id) {
    throw new AppError('INVALID_INPUT', `${user.name} belongs to ${user.organisation}, not ${agency.name}. A nominated representative must work for the agency whose files they hold.`);
  }
  return user;
}

/**
 * The public key a file key is sealed to. It is read from the store (encrypted and
 * authenticated) and must agree with the key file beside it, so a key file edited on disk
 * cannot slip another key in.
 */
export function representativePublicKey(store: OpenStore, userId: string): Buffer {
  const user = findUserById(store.db, userId);
  const entry = store.keyFile.users.find((candidate) => candidate.userId === userId);
  if (user === undefined || user.status !== 'active') {
    throw new AppError('CONFLICT', 'The nominated representative’s account is disabled or missing, so nothing can be sealed to them. Change the representative first.');
  }
  if (entry === undefined || entry.publicKey !== user.publicKey) {
    throw new AppError('CONFLICT', `The key file does not hold the same key for ${user.name} as the store does, so nothing can be sealed to them. Sign out and in again; if it persists, restore the key file that belongs with this store.`);
  }
  return Buffer.from(user.publicKey, 'base64');
}

/**
 * Gives the user the case-and-agency role unless they hold it; refuses if someone else does.
 * Runs inside the caller's change.
 */
export function giveRepresentativeRole(db: Db, audit: Audit, actorId: string, caseId: number, agency: Organisation, user: User, at: string): void {
  const holder = activeRepresentative(db, caseId, agency.id);
  if (holder?.userId === user.id) return;
  if (holder !== undefined) {
    throw new AppError('CONFLICT', `${holder.userName} is already ${agency.name}’s nominated representative for this case. Name ${holder.userName}, or end their assignment first.`);
  }
  const assignmentId = insertAssignment(db, { userId: user.id, role: 'nominated-representative', caseId, agencyId: agency.id, startedAt: at });
  audit({ actorId, action: 'assignment.added', recordType: 'assignment', recordId: assignmentId, details: { userId: user.id, role: 'nominated-representative', caseId, agency: agency.name } });
}

/** Ends whoever holds the role for the case and agency, unless it is `keep`. Inside the caller's change. */
export function endRepresentativeRole(db: Db, audit: Audit, actorId: string, caseId: number, agency: Organisation, keep: string, at: string): void {
  const holder = activeRepresentative(db, caseId, agency.id);
  if (holder === undefined || holder.userId === keep) return;
  endAssignment(db, holder.id, at);
  audit({ actorId, action: 'assignment.ended', recordType: 'assignment', recordId: holder.id, details: { userId: holder.userId, role: 'nominated-representative', caseId, agency: agency.name } });
}
