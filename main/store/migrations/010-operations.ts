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
        -- Null until the copy has been opened and checked against the store.
        verified_at TEXT,
        -- The audit chain the copy holds: its length and head.
        events INTEGER NOT NULL,
        head TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        made_by TEXT REFERENCES users(id)
      ) STRICT;
      CREATE INDEX backups_by_date ON backups(created_at);

      -- No foreign key to the record or its case: both are gone once deleted.
      CREATE TABLE retention_deletions (
        id INTEGER PRIMARY KEY,
        rule TEXT NOT NULL,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        case_id INTEGER,
        deleted_at TEXT NOT NULL,
        deleted_by TEXT NOT NULL REFERENCES users(id),
        event_seq INTEGER NOT NULL REFERENCES audit_events(seq),
        details_erased INTEGER NOT NULL DEFAULT 0 CHECK (details_erased >= 0)
      ) STRICT;
      CREATE INDEX retention_deletions_by_date ON retention_deletions(deleted_at);
    `);
  },
};
