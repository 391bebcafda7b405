/**
 * Who may act on a task a bundle opened here: the person it was given to, or anyone who may
 * import bundles (the install's administrators and Business Unit). Refusals are audited.
 */
import { AppError } from '../../shared/errors.ts';
import type { TaskKind } from '../../shared/exchange/exchange-view.ts';
import type { Session } from '../security/session.ts';
import { findTask, type StoredTask } from '../store/repositories/exchange-tasks.ts';

export function canActOnTask(session: Session, task: StoredTask): boolean {
  return task.assignedTo === session.userId || session.can('exchange.receive');
}

/** The task, if the person may see it; NOT_FOUND for one that is not there. */
export function taskToSee(session: Session, taskId: number): StoredTask {
  const task = findTask(session.store.db, taskId);
  if (task === undefined) throw new AppError('NOT_FOUND', `There is no task ${taskId} on this install. It may have been answered and removed: reload your tasks.`);
  if (!canActOnTask(session, task)) session.authorise('exchange.receive', 'open a task given to someone else');
  return task;
}

/** The open task of this kind, to answer. */
export function taskToAnswer(session: Session, taskId: number, kind: TaskKind): StoredTask {
  const task = taskToSee(session, taskId);
  if (task.kind !== kind) throw new AppError('INVALID_INPUT', `Task ${taskId} is not a ${kind.replace('-', ' ')}: it cannot be answered that way.`);
  return task;
}
