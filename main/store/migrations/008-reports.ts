/**
 * A case's report and what surrounds it: the report's versions (each with who, when and why),
 * the assurance checklist, the case discussion, the redaction register's places and the
 * reviewer's decisions on detected identifiers, the 7-minute briefing, and the distribution
 * register of redacted drafts.
 */
import type { Migration } from './types.ts';

export const reports: Migration = {
  version: 8,
  name: 'reports',
  up(db) {
    db.exec(`
      -- Every saved version is kept whole; the highest is the current one.
      CREATE TABLE report_versions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        version INTEGER NOT NULL CHECK (version > 0),
        content TEXT NOT NULL,
        saved_by TEXT NOT NULL REFERENCES users(id),
        saved_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        UNIQUE (case_id, version)
      ) STRICT;

      -- One completion per signer (chair, lead reviewer); completing it again replaces it.
      CREATE TABLE report_assurance (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        signer TEXT NOT NULL CHECK (signer IN ('chair', 'lead-reviewer')),
        name TEXT NOT NULL,
        answers TEXT NOT NULL,
        completed_by TEXT NOT NULL REFERENCES users(id),
        completed_at TEXT NOT NULL,
        PRIMARY KEY (case_id, signer)
      ) STRICT;

      CREATE TABLE case_discussions (
        case_id INTEGER PRIMARY KEY REFERENCES cases(id),
        content TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE redaction_places (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        name TEXT NOT NULL,
        pseudonym TEXT NOT NULL,
        added_by TEXT NOT NULL REFERENCES users(id),
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX redaction_places_case ON redaction_places(case_id);

      -- A decision holds for one value at one place ("report/overview/3") of one document.
      CREATE TABLE redaction_decisions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        document TEXT NOT NULL CHECK (document IN ('report', 'rapid-review', 'briefing')),
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        place TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('accept', 'dismiss')),
        reason TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL REFERENCES users(id),
        decided_at TEXT NOT NULL,
        UNIQUE (case_id, document, kind, value, place)
      ) STRICT;

      CREATE TABLE report_briefings (
        case_id INTEGER PRIMARY KEY REFERENCES cases(id),
        content TEXT NOT NULL,
        covers TEXT NOT NULL DEFAULT '[]',
        updated_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Which version of the redacted draft went to whom, and what came of it.
      CREATE TABLE report_distributions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        version INTEGER NOT NULL,
        recipient TEXT NOT NULL,
        agency TEXT NOT NULL,
        via TEXT NOT NULL CHECK (via IN ('bundle', 'file')),
        bundle_id TEXT,
        sent_by TEXT NOT NULL REFERENCES users(id),
        sent_at TEXT NOT NULL,
        may_forward INTEGER NOT NULL CHECK (may_forward IN (0, 1)),
        reply_received_on TEXT,
        reply TEXT NOT NULL DEFAULT '',
        deletion_confirmed_on TEXT
      ) STRICT;
      CREATE INDEX report_distributions_case ON report_distributions(case_id);
    `);
  },
};
