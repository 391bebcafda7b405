/**
 * What a request for a decision and a draft for factual accuracy share on the install that
 * answers them: the task each opens (given to one of the install's active users, refused before
 * anything is written if the name is not one), and the answer going back to the install that
 * asked, once, and only while that install is still trusted.
 */
import { AppError } from '../../../shared/errors.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import type { TaskKind } from '../../../shared/exchange/exchange-view.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import type { Session } from '../../security/session.ts';
import type { Audit } from '../../store/open-store.ts';
import type { Db } from '../../store/open-database.ts';
import { findBundleRow } from '../../store/repositories/exchange-bundles.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import { findTask, insertTask, insertTaskFile, markTaskAnswered, type StoredTask } from '../../store/repositories/exchange-tasks.ts';
import { listUsers, type User } from '../../store/repositories/users.ts';
import { trustedContact } from '../contacts.ts';
import type { Incoming } from '../flow.ts';
import { taskToAnswer } from '../task-access.ts';

export function activeUsers(db: Db): User[] {
  return listUsers(db).filter((user) => user.status === 'active');
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function userNamed(users: readonly User[], name: string): User | undefined {
  return users.find((user) => sameName(user.name, name));
}

/** The person a task goes to, by name; INVALID_INPUT naming the choices when there is no such active user. */
export function assigneeNamed(db: Db, name: string): User {
  const users = activeUsers(db);
  const found = userNamed(users, name);
  if (found !== undefined) return found;
  const message = `There is no active user called “${name.trim()}” on this install to give the task to. Choose one of: ${users.map((user) => user.name).join(', ')}`;
  throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'assignTo', message }]);
}

/** The case reference a task is filed under: the sender's, which every bundle that opens a task must give. */
export function theirReferenceOf(incoming: Incoming, what: string): string {
  const reference = incoming.manifest.caseReference.sender;
  if (reference === null || reference.trim() === '') {
    throw new AppError('BUNDLE_REFUSED', `This ${what} does not say which of the sender’s cases it is about: the bundle was made wrongly. Ask the sender to make it again. Nothing was imported.`);
  }
  return reference;
}

export interface NewTaskFromBundle {
  readonly kind: TaskKind;
  readonly theirReference: string;
  readonly payload: unknown;
  readonly assignee: User;
  readonly dueOn: string | null;
  /** Bundle items kept with the task, whole (a draft report is a few megabytes at most). */
  readonly items: readonly number[];
}

/** Opens the task inside the exchange's transaction, after the bundle's 'received' row is written. */
export function openTaskFromBundle(db: Db, audit: Audit, actorId: string, incoming: Incoming, task: NewTaskFromBundle): number {
  const received = findBundleRow(db, incoming.manifest.id, 'received');
  if (received === undefined) throw new Error('The exchange must log a bundle as received before its flow applies it.');
  const taskId = insertTask(db, {
    receivedId: received.id,
    kind: task.kind,
    contactId: incoming.sender.id,
    theirReference: task.theirReference,
    payload: task.payload,
    assignedTo: task.assignee.id,
    dueOn: task.dueOn,
  });
  for (const index of task.items) {
    const item = incoming.manifest.items[index]!;
    insertTaskFile(db, taskId, { name: item.name, mediaType: item.mediaType, sha256: item.sha256, content: incoming.opened.readItemWhole(index) });
  }
  audit({
    actorId,
    action: 'exchange.task-opened',
    recordType: 'task',
    recordId: taskId,
    details: { kind: task.kind, bundleId: incoming.manifest.id, from: incoming.sender.fingerprint, theirReference: task.theirReference, assignedTo: task.assignee.name, dueOn: task.dueOn, files: task.items.length },
  });
  return taskId;
}

/** An open task of this kind, and the still-trusted install its answer goes back to. */
export function taskAndReplyContact(session: Session, taskId: number, kind: TaskKind): { task: StoredTask; to: StoredContact } {
  const task = taskToAnswer(session, taskId, kind);
  if (task.state === 'answered') throw alreadyAnswered(task);
  return { task, to: trustedContact(session.store.db, task.contactId) };
}

function alreadyAnswered(task: StoredTask): AppError {
  const on = task.answeredAt === null ? '' : ` on ${dateInWords(todayInLondon(new Date(task.answeredAt)))}`;
  return new AppError('CONFLICT', `This task was answered${on}. An answer is sent once: if it needs correcting, ask the sender to send the task again.`);
}

/** Runs in the transaction that logs the answer sent, so the task is answered only if the bundle was made. */
export function markAnswered(db: Db, audit: Audit, actorId: string, task: StoredTask, bundleId: string): void {
  // Two answers built at once: the second is refused here, and its file removed by the exchange.
  const now = findTask(db, task.id);
  if (now === undefined || now.state === 'answered') throw alreadyAnswered(now ?? task);
  markTaskAnswered(db, task.id, bundleId, new Date().toISOString());
  audit({ actorId, action: 'exchange.task-answered', recordType: 'task', recordId: task.id, details: { kind: task.kind, bundleId, inReplyTo: task.bundleId } });
}
