/** The tasks bundles opened on this install, and the files they carried (templates, drafts). */
import type { TaskKind } from '../../../shared/exchange/exchange-view.ts';
import type { Db } from '../open-database.ts';

export interface StoredTask {
  readonly id: number;
  readonly receivedId: number;
  readonly kind: TaskKind;
  readonly contactId: number;
  readonly theirReference: string;
  /** JSON: the bundle's payload as checked on import. */
  readonly payload: string;
  readonly assignedTo: string;
  readonly assignedToName: string;
  readonly dueOn: string | null;
  readonly state: 'open' | 'answered';
  readonly answeredBundleId: string | null;
  readonly answeredAt: string | null;
  /** The bundle that opened the task. */
  readonly bundleId: string;
  readonly receivedAt: string;
}

export interface StoredTaskFile {
  readonly id: number;
  readonly taskId: number;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
}

const COLUMNS = `t.id, t.received_id AS receivedId, t.kind, t.contact_id AS contactId, t.their_reference AS theirReference, t.payload,
  t.assigned_to AS assignedTo, coalesce(u.name, t.assigned_to) AS assignedToName, t.due_on AS dueOn, t.state, t.answered_bundle_id AS answeredBundleId,
  t.answered_at AS answeredAt, b.bundle_id AS bundleId, b.at AS receivedAt
  FROM exchange_tasks t JOIN exchange_bundles b ON b.id = t.received_id LEFT JOIN users u ON u.id = t.assigned_to`;

export interface NewTask {
  readonly receivedId: number;
  readonly kind: TaskKind;
  readonly contactId: number;
  readonly theirReference: string;
  readonly payload: unknown;
  readonly assignedTo: string;
  readonly dueOn: string | null;
}

export function insertTask(db: Db, task: NewTask): number {
  return Number(
    db
      .prepare('INSERT INTO exchange_tasks (received_id, kind, contact_id, their_reference, payload, assigned_to, due_on) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(task.receivedId, task.kind, task.contactId, task.theirReference, JSON.stringify(task.payload), task.assignedTo, task.dueOn).lastInsertRowid,
  );
}

export function insertTaskFile(db: Db, taskId: number, file: { name: string; mediaType: string; sha256: string; content: Buffer }): number {
  return Number(
    db
      .prepare('INSERT INTO exchange_task_files (task_id, name, media_type, size, sha256, content) VALUES (?, ?, ?, ?, ?, ?)')
      .run(taskId, file.name, file.mediaType, file.content.length, file.sha256, file.content).lastInsertRowid,
  );
}

export function findTask(db: Db, id: number): StoredTask | undefined {
  return db.prepare(`SELECT ${COLUMNS} WHERE t.id = ?`).get(id) as StoredTask | undefined;
}

/** Every task, or only those given to one user; open ones first, then by due date. */
export function listTasks(db: Db, assignedTo: string | null): StoredTask[] {
  const where = assignedTo === null ? '' : 'WHERE t.assigned_to = ?';
  const statement = db.prepare(`SELECT ${COLUMNS} ${where} ORDER BY t.state = 'answered', coalesce(t.due_on, '9999-12-31'), t.id`);
  return (assignedTo === null ? statement.all() : statement.all(assignedTo)) as StoredTask[];
}

export function listTaskFiles(db: Db, taskId: number): StoredTaskFile[] {
  return db.prepare('SELECT id, task_id AS taskId, name, media_type AS mediaType, size, sha256 FROM exchange_task_files WHERE task_id = ? ORDER BY id').all(taskId) as StoredTaskFile[];
}

export function readTaskFileContent(db: Db, taskId: number, fileId: number): Buffer | undefined {
  return (db.prepare('SELECT content FROM exchange_task_files WHERE task_id = ? AND id = ?').get(taskId, fileId) as { content: Buffer } | undefined)?.content;
}

export function markTaskAnswered(db: Db, id: number, bundleId: string, at: string): void {
  db.prepare("UPDATE exchange_tasks SET state = 'answered', answered_bundle_id = ?, answered_at = ? WHERE id = ?").run(bundleId, at, id);
}
