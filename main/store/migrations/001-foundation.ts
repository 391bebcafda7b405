/**
 * The foundation: store identity, organisations, users, role assignments, a minimal case
 * record, and the audit chain with its details records.
 */
import { AGENCIES, BUSINESS_UNIT } from '../../../shared/organisations.ts';
import type { Migration } from './types.ts';

export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  before(db) {
    // Deletions later free space with incremental_vacuum: a full VACUUM with temporary storage
    // in memory would need as much RAM as the store. Opening in WAL mode has already written
    // page 1, so the setting takes effect through a VACUUM of the still-empty file.
    db.pragma('auto_vacuum=INCREMENTAL');
    db.exec('VACUUM');
  },
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind TEXT NOT NULL CHECK (kind IN ('agency', 'business-unit'))
      ) STRICT;

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        public_key TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
        must_change_passphrase INTEGER NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1)),
        created_at TEXT NOT NULL,
        disabled_at TEXT
      ) STRICT;

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind TEXT NOT NULL,
        stage TEXT NOT NULL,
        incident_date TEXT,
        referral_date TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE case_agencies (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        PRIMARY KEY (case_id, organisation_id)
      ) STRICT;

      CREATE TABLE assignments (
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        role TEXT NOT NULL,
        case_id INTEGER REFERENCES cases(id),
        agency_id INTEGER REFERENCES organisations(id),
        started_at TEXT NOT NULL,
        ended_at TEXT
      ) STRICT;
      CREATE INDEX assignments_by_user ON assignments(user_id) WHERE ended_at IS NULL;
      -- One nominated representative per agency per case (DOMAIN.md).
      CREATE UNIQUE INDEX one_representative_per_agency_per_case
        ON assignments(case_id, agency_id) WHERE role = 'nominated-representative' AND ended_at IS NULL;

      CREATE TABLE audit_events (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id TEXT,
        action TEXT NOT NULL,
        record_type TEXT,
        record_id TEXT,
        details_hash TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;

      -- Free text an event refers to (a purpose, a file name, a recipient). Retention may erase
      -- the text; the event keeps its hash, so the chain still verifies.
      CREATE TABLE audit_details (
        event_seq INTEGER PRIMARY KEY REFERENCES audit_events(seq),
        body TEXT,
        erased_at TEXT,
        erased_rule TEXT,
        CHECK ((body IS NULL) = (erased_at IS NOT NULL))
      ) STRICT;

      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END;
      CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit events cannot be deleted'); END;
      CREATE TRIGGER audit_details_no_delete BEFORE DELETE ON audit_details
        BEGIN SELECT RAISE(ABORT, 'audit details cannot be deleted, only erased'); END;
      CREATE TRIGGER audit_details_erase_only BEFORE UPDATE ON audit_details
        WHEN OLD.body IS NULL OR NEW.body IS NOT NULL OR NEW.event_seq IS NOT OLD.event_seq
          OR NEW.erased_at IS NULL OR NEW.erased_rule IS NULL
        BEGIN SELECT RAISE(ABORT, 'audit details can only be erased, once, under a named rule'); END;
    `);
    const insertOrganisation = db.prepare('INSERT INTO organisations (name, kind) VALUES (?, ?)');
    insertOrganisation.run(BUSINESS_UNIT, 'business-unit');
    for (const agency of AGENCIES) insertOrganisation.run(agency, 'agency');
  },
};
