/**
 * The register of backups made from the app (migration 010): where each went, when, the audit
 * chain it holds, and when its copy was last checked. Callers write inside `store.change`, with
 * the audit event that records the backup or the check.
 */
import type { Db } from '../open-database.ts';

export interface BackupRecord {
  readonly id: number;
  readonly folder: string;
  readonly createdAt: string;
  readonly verifiedAt: string | null;
  readonly checkFailedAt: string | null;
  readonly events: number;
  readonly head: string;
  readonly bytes: number;
  readonly madeBy: string | null;
  /** The name of whoever made it, when this store knows them. */
  readonly madeByName: string | null;
  readonly restoredAt: string | null;
}

export interface NewBackup {
  readonly folder: string;
  readonly createdAt: string;
  readonly verifiedAt: string;
  readonly events: number;
  readonly head: string;
  readonly bytes: number;
  readonly madeBy: string | null;
  readonly restoredAt?: string;
}

const SELECT_BACKUP = `
  SELECT b.id, b.folder, b.created_at AS createdAt, b.verified_at AS verifiedAt, b.check_failed_at AS checkFailedAt,
         b.events, b.head, b.bytes, b.made_by AS madeBy, u.name AS madeByName, b.restored_at AS restoredAt
  FROM backups b LEFT JOIN users u ON u.id = b.made_by`;

export function insertBackup(db: Db, backup: NewBackup): number {
  const result = db
    .prepare('INSERT INTO backups (folder, created_at, verified_at, events, head, bytes, made_by, restored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(backup.folder, backup.createdAt, backup.verifiedAt, backup.events, backup.head, backup.bytes, backup.madeBy, backup.restoredAt ?? null);
  return Number(result.lastInsertRowid);
}

/** Newest first. */
export function listBackups(db: Db): BackupRecord[] {
  return db.prepare(`${SELECT_BACKUP} ORDER BY b.created_at DESC, b.id DESC`).all() as BackupRecord[];
}

export function findBackup(db: Db, id: number): BackupRecord | undefined {
  return db.prepare(`${SELECT_BACKUP} WHERE b.id = ?`).get(id) as BackupRecord | undefined;
}

export function markBackupVerified(db: Db, id: number, at: string): void {
  db.prepare('UPDATE backups SET verified_at = ?, check_failed_at = NULL WHERE id = ?').run(at, id);
}

export function markBackupCheckFailed(db: Db, id: number, at: string): void {
  db.prepare('UPDATE backups SET check_failed_at = ? WHERE id = ?').run(at, id);
}

/** Whether a backup counts for the reminder: checked, and its latest check passed. */
export function isVerified(backup: Pick<BackupRecord, 'verifiedAt' | 'checkFailedAt'>): boolean {
  return backup.verifiedAt !== null && backup.checkFailedAt === null;
}

/** The newest backup whose latest check passed; the reminder counts from when it was made. */
export function latestVerifiedBackup(db: Db): BackupRecord | undefined {
  return db.prepare(`${SELECT_BACKUP} WHERE b.verified_at IS NOT NULL AND b.check_failed_at IS NULL ORDER BY b.created_at DESC, b.id DESC LIMIT 1`).get() as BackupRecord | undefined;
}
