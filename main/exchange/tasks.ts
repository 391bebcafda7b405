/**
 * The tasks bundles opened on this install, as the person they were given to sees them: an
 * information request for an agency's return, a decision asked of someone, a draft report to
 * check for factual accuracy, an agency's actions. Each person sees their own; those who may
 * import bundles (administrators and the Business Unit) see everyone's, so a task given to
 * someone who is away can still be answered. Opening a file a task carried is audited.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import type { FileOutput } from '../../shared/evidence/letterhead.ts';
import type { TaskSummary, TaskView } from '../../shared/exchange/exchange-view.ts';
import type { Session } from '../security/session.ts';
import { findContact, type StoredContact } from '../store/repositories/exchange-contacts.ts';
import { listTaskFiles, listTasks, readTaskFileContent, type StoredTask } from '../store/repositories/exchange-tasks.ts';
import { canActOnTask, taskToSee } from './task-access.ts';

const TASK_RECORD = 'task';

export function listMyTasks(session: Session): TaskSummary[] {
  const db = session.store.db;
  const tasks = listTasks(db, session.can('exchange.receive') ? null : session.userId);
  const contacts = new Map<number, StoredContact | undefined>();
  const contactOf = (id: number): StoredContact | undefined => {
    if (!contacts.has(id)) contacts.set(id, findContact(db, id));
    return contacts.get(id);
  };
  return tasks.map((task) => summaryOf(task, contactOf(task.contactId)));
}

export function readTask(session: Session, id: number): TaskView {
  const task = taskToSee(session, id);
  const db = session.store.db;
  return {
    ...summaryOf(task, findContact(db, task.contactId)),
    payload: payloadOf(task),
    files: listTaskFiles(db, task.id).map((file) => ({ id: file.id, name: file.name, mediaType: file.mediaType, size: file.size })),
    // An agency updates its actions as they progress: its task stays open to one update after another.
    canAnswer: (task.state === 'open' || task.kind === 'actions') && canActOnTask(session, task),
  };
}

/** A file the task carried (a template, a letter, a draft), checked against the hash it arrived with; audited. */
export function readTaskFile(session: Session, taskId: number, fileId: number): FileOutput {
  const task = taskToSee(session, taskId);
  const db = session.store.db;
  const file = listTaskFiles(db, task.id).find((candidate) => candidate.id === fileId);
  const content = file === undefined ? undefined : readTaskFileContent(db, task.id, file.id);
  if (file === undefined || content === undefined) throw new AppError('NOT_FOUND', `Task ${taskId} has no such file. Reload the task and choose the file again.`);
  if (createHash('sha256').update(content).digest('hex') !== file.sha256) {
    throw new AppError('FILE_DAMAGED', `“${file.name}” no longer matches the file that arrived with the bundle, so it was not opened. Ask the sender for it again.`);
  }
  session.store.change((_db, audit) =>
    audit({ actorId: session.userId, action: 'exchange.task-file-opened', recordType: TASK_RECORD, recordId: task.id, details: { fileId: file.id, name: file.name, sha256: file.sha256 } }),
  );
  return { fileName: file.name, mediaType: file.mediaType, contentBase64: content.toString('base64') };
}

function summaryOf(task: StoredTask, contact: StoredContact | undefined): TaskSummary {
  const organisation = contact?.organisation ?? 'an unknown install';
  return {
    id: task.id,
    kind: task.kind,
    title: titleOf(task, organisation),
    from: { organisation, installName: contact?.installName ?? '' },
    theirReference: task.theirReference,
    dueOn: task.dueOn,
    state: task.state,
    assignedTo: task.assignedToName,
    receivedAt: task.receivedAt,
    answeredAt: task.answeredAt,
  };
}

function titleOf(task: StoredTask, organisation: string): string {
  const forCase = `for case ${task.theirReference}`;
  switch (task.kind) {
    case 'request':
      return `Information request from ${organisation} ${forCase}`;
    case 'decision-request': {
      const person = payloadOf(task).personName;
      return `Decision asked of ${typeof person === 'string' && person !== '' ? person : 'you'} by ${organisation} ${forCase}`;
    }
    case 'draft':
      return `Draft report for factual accuracy from ${organisation} ${forCase}`;
    case 'actions': {
      const { actions } = payloadOf(task);
      const count = Array.isArray(actions) ? actions.length : 0;
      return `${count.toLocaleString('en-GB')} ${count === 1 ? 'action' : 'actions'} to update from ${organisation} ${forCase}`;
    }
  }
}

function payloadOf(task: StoredTask): Record<string, unknown> {
  const payload: unknown = JSON.parse(task.payload);
  return payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
}
