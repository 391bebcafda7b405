/**
 * Operations for IT: the register of backups made from the app (so it can remind when the last
 * verified one is old, and say which backups may still hold records retention has deleted), and
 * the record of what retention deleted, by identifier only.
 */
import type { Migration } from './types.ts';

export const operations: Migration = {
  version: 10,
  name: 'operations',
  up(db) {
    db.exec(`
      CREATE TABLE backups (
        id INTEGER PRIMARY KEY,
        folder TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- When the copy was last opened and checked (hashes, integrity, the chain against the store).
        verified_at TEXT,
        -- Set when the latest check found the copy damaged, altered or gone; cleared by a check that passes.
        check_failed_at TEXT,
        -- The audit chain the copy holds: its length and head.
        events INTEGER NOT NULL CHECK (events >= 0),
        head TEXT NOT NULL,
        bytes INTEGER NOT NULL CHECK (bytes >= 0),
        -- Null in a restored store's row for the backup it came from: the copy does not say who made it.
        made_by TEXT REFERENCES users(id),
        -- Set only in a store restored from this backup: when the restore was made.
        restored_at TEXT
      ) STRICT;
      CREATE INDEX backups_by_date ON backups(created_at);

      -- No foreign key to the record or its case: both are gone once deleted. The case's
      -- reference stays (an identifier, so the record still says which case went); what went
      -- is counted by table, never described.
      CREATE TABLE retention_deletions (
        id INTEGER PRIMARY KEY,
        rule TEXT NOT NULL CHECK (rule IN ('review-drafts', 'closed-cases')),
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        case_id INTEGER,
        case_reference TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        deleted_by TEXT NOT NULL REFERENCES users(id),
        event_seq INTEGER NOT NULL REFERENCES audit_events(seq),
        rows_deleted TEXT NOT NULL CHECK (json_valid(rows_deleted)),
        details_erased INTEGER NOT NULL DEFAULT 0 CHECK (details_erased >= 0)
      ) STRICT;
      CREATE INDEX retention_deletions_by_date ON retention_deletions(deleted_at);
    `);
  },
};
