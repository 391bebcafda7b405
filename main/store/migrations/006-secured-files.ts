/**
 * Agencies' secured files (policy 16): each agency's recovery public key on this install, the
 * secured sets (one per case and agency, with its nominated representative), their files with
 * what was taken at intake, each file's sealed chunks and its key sealed to each recipient,
 * the integrity checks, and the Business Unit's record of each agency's securing.
 *
 * The store's master key opens these tables but not the files: every chunk is sealed under the
 * file's own key, which is sealed only to the representative and the agency's recovery key.
 */
import type { Migration } from './types.ts';

export const securedFiles: Migration = {
  version: 6,
  name: 'secured-files',
  up(db) {
    db.exec(`
      -- The private half left the app once, as the agency's recovery code.
      CREATE TABLE agency_recovery_keys (
        organisation_id INTEGER PRIMARY KEY REFERENCES organisations(id),
        public_key BLOB NOT NULL,
        made_at TEXT NOT NULL,
        made_by TEXT NOT NULL REFERENCES users(id)
      ) STRICT;

      CREATE TABLE secured_sets (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        representative_id TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'released', 'destroyed')),
        closed_at TEXT,
        closed_by TEXT REFERENCES users(id),
        UNIQUE (case_id, organisation_id)
      ) STRICT;

      -- 'receiving' while its chunks stream in (in batches, each its own transaction); a file
      -- still receiving after a cancel, a crash or a restart is removed, never shown.
      CREATE TABLE secured_files (
        id INTEGER PRIMARY KEY,
        set_id INTEGER NOT NULL REFERENCES secured_sets(id),
        uid TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT,
        media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
        chunk_bytes INTEGER NOT NULL,
        chunks INTEGER,
        note TEXT NOT NULL DEFAULT '',
        placed_by TEXT NOT NULL REFERENCES users(id),
        placed_at TEXT NOT NULL,
        acting_for_agency INTEGER NOT NULL CHECK (acting_for_agency IN (0, 1)),
        state TEXT NOT NULL CHECK (state IN ('receiving', 'stored', 'destroyed')),
        destroyed_at TEXT
      ) STRICT;
      CREATE INDEX secured_files_by_set ON secured_files(set_id);
      CREATE UNIQUE INDEX secured_files_one_path ON secured_files(set_id, path) WHERE state = 'stored';

      -- Each chunk is nonce, AES-256-GCM ciphertext and tag, under the file's own key.
      CREATE TABLE secured_file_chunks (
        file_id INTEGER NOT NULL REFERENCES secured_files(id),
        seq INTEGER NOT NULL,
        sealed BLOB NOT NULL,
        PRIMARY KEY (file_id, seq)
      ) STRICT;

      -- recipient: 'user:<user id>' for the representative, 'agency-recovery' for the agency's key.
      CREATE TABLE secured_file_keys (
        file_id INTEGER NOT NULL REFERENCES secured_files(id),
        recipient TEXT NOT NULL,
        enc BLOB NOT NULL,
        ciphertext BLOB NOT NULL,
        PRIMARY KEY (file_id, recipient)
      ) STRICT;

      CREATE TABLE secured_integrity_checks (
        id INTEGER PRIMARY KEY,
        set_id INTEGER NOT NULL REFERENCES secured_sets(id),
        checked_at TEXT NOT NULL,
        checked_by TEXT NOT NULL REFERENCES users(id),
        files INTEGER NOT NULL,
        damaged TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX secured_integrity_checks_by_set ON secured_integrity_checks(set_id);

      -- The Business Unit's record, on its own install, of each agency's securing.
      CREATE TABLE securing_records (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        confirmed_on TEXT,
        representative_name TEXT,
        held_where TEXT CHECK (held_where IN ('this-app', 'agency-system')),
        held_details TEXT NOT NULL DEFAULT '',
        confirmation_recorded_by TEXT REFERENCES users(id),
        confirmation_recorded_at TEXT,
        instruction TEXT CHECK (instruction IN ('release', 'destroy')),
        instruction_given_on TEXT,
        instruction_confirmed_on TEXT,
        instruction_recorded_by TEXT REFERENCES users(id),
        instruction_recorded_at TEXT,
        PRIMARY KEY (case_id, organisation_id)
      ) STRICT;
    `);
  },
};
