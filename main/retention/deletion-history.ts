/**
 * The record of what retention deleted, as the screen and the report after a deletion show it:
 * each deletion with the rows it removed, the audit details it erased, and every backup made
 * before it, since each of those may still hold what went until IT destroys it.
 */
import type { DeletionView } from '../../shared/retention/retention-view.ts';
import type { Db } from '../store/open-database.ts';
import { findDeletion, listDeletions, type StoredDeletion } from '../store/repositories/retention-deletions.ts';
import { backupsMadeBefore } from './backups-before.ts';

function viewOf(db: Db, stored: StoredDeletion): DeletionView {
  return {
    id: stored.id,
    rule: stored.rule,
    reference: stored.caseReference,
    deletedAt: stored.deletedAt,
    deletedBy: stored.deletedBy,
    tables: stored.rowsDeleted,
    rows: Object.values(stored.rowsDeleted).reduce((total, count) => total + count, 0),
    detailsErased: stored.detailsErased,
    backups: backupsMadeBefore(db, stored.deletedAt),
  };
}

/** Newest first. */
export function deletionHistory(db: Db): DeletionView[] {
  return listDeletions(db).map((stored) => viewOf(db, stored));
}

export function deletionById(db: Db, id: number): DeletionView {
  const stored = findDeletion(db, id);
  if (stored === undefined) throw new Error(`There is no retention deletion ${id}.`);
  return viewOf(db, stored);
}
