/**
 * Which backups may still hold what retention deleted: every backup in the app's register
 * (migration 010, filled by the Backups tab) made before the deletion. A deleted record lives on
 * in those copies until IT destroys them, so the report names each one by folder and date. Read
 * with its own query, so retention depends only on the register's three oldest columns.
 */
import type { BackupHolding } from '../../shared/retention/retention-view.ts';
import type { Db } from '../store/open-database.ts';

export function backupsMadeBefore(db: Db, instant: string): BackupHolding[] {
  return db
    .prepare('SELECT folder, created_at AS createdAt, verified_at AS verifiedAt FROM backups WHERE created_at < ? ORDER BY created_at DESC, id DESC')
    .all(instant) as BackupHolding[];
}
