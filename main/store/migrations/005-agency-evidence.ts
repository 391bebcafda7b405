/**
 * Agency evidence: each case's requests for information (one per agency) with their chases and
 * escalations, each agency's summary and its quality rating, the chronology returns accepted
 * (the current one per agency, and those it replaced), their rows, and the Business Unit's
 * decisions on rows flagged as one event recorded twice.
 */
import type { Migration } from './types.ts';

export const agencyEvidence: Migration = {
  version: 5,
  name: 'agency-evidence',
  up(db) {
    db.exec(`
      -- The due date is fixed when the request is saved, like a clock's: a later change of
      -- policy does not rewrite whether an agency returned in time.
      CREATE TABLE information_requests (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        recipient_name TEXT NOT NULL,
        recipient_role TEXT NOT NULL DEFAULT '',
        recipient_email TEXT NOT NULL DEFAULT '',
        sent_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        secure_files INTEGER NOT NULL CHECK (secure_files IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        received_on TEXT,
        sent_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_by TEXT REFERENCES users(id),
        updated_at TEXT,
        UNIQUE (case_id, organisation_id)
      ) STRICT;

      CREATE TABLE information_request_chases (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES information_requests(id) ON DELETE CASCADE,
        chased_on TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('email', 'phone', 'letter', 'meeting')),
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL REFERENCES users(id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX information_request_chases_by_request ON information_request_chases(request_id);

      CREATE TABLE information_request_escalations (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES information_requests(id) ON DELETE CASCADE,
        escalated_on TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('practice-review-subgroup', 'strategic-safeguarding-lead', 'lead-safeguarding-partners')),
        escalated_to TEXT NOT NULL,
        outcome TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL REFERENCES users(id),
        recorded_at TEXT NOT NULL,
        updated_by TEXT REFERENCES users(id),
        updated_at TEXT
      ) STRICT;
      CREATE INDEX information_request_escalations_by_request ON information_request_escalations(request_id);

      CREATE TABLE agency_summaries (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        data TEXT NOT NULL CHECK (json_valid(data)),
        source TEXT NOT NULL CHECK (source IN ('entered', 'imported')),
        -- The returned workbook an imported summary was read from, kept in the case's documents.
        document_id INTEGER REFERENCES case_documents(id),
        saved_by TEXT NOT NULL REFERENCES users(id),
        saved_at TEXT NOT NULL,
        rating TEXT CHECK (rating IN ('good', 'requires-improvement', 'inadequate')),
        rating_note TEXT NOT NULL DEFAULT '',
        rated_by TEXT REFERENCES users(id),
        rated_at TEXT,
        UNIQUE (case_id, organisation_id)
      ) STRICT;

      CREATE TABLE chronology_returns (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        document_id INTEGER NOT NULL REFERENCES case_documents(id),
        row_count INTEGER NOT NULL,
        problems TEXT NOT NULL CHECK (json_valid(problems)),
        imported_by TEXT NOT NULL REFERENCES users(id),
        imported_at TEXT NOT NULL,
        superseded_at TEXT
      ) STRICT;
      CREATE INDEX chronology_returns_by_case ON chronology_returns(case_id, organisation_id);
      -- One current return per agency per case: accepting another supersedes it.
      CREATE UNIQUE INDEX one_current_return_per_agency ON chronology_returns(case_id, organisation_id) WHERE superseded_at IS NULL;

      -- AUTOINCREMENT: a decision on flagged rows is keyed by their ids, so an id must never be
      -- reused by a later return's row after a return is removed.
      CREATE TABLE chronology_rows (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        return_id INTEGER NOT NULL REFERENCES chronology_returns(id),
        case_id INTEGER NOT NULL REFERENCES cases(id),
        sheet TEXT NOT NULL,
        row_number INTEGER NOT NULL,
        date TEXT NOT NULL,
        time TEXT,
        stated_agency TEXT,
        source TEXT NOT NULL,
        event TEXT NOT NULL,
        risk TEXT NOT NULL,
        response TEXT NOT NULL,
        impact TEXT NOT NULL,
        partnership TEXT NOT NULL,
        learning TEXT NOT NULL,
        changed_assessment INTEGER CHECK (changed_assessment IN (0, 1)),
        part_of_pattern INTEGER CHECK (part_of_pattern IN (0, 1)),
        statutory_event INTEGER CHECK (statutory_event IN (0, 1)),
        significant_to_child INTEGER CHECK (significant_to_child IN (0, 1)),
        significant_to_key_adult INTEGER CHECK (significant_to_key_adult IN (0, 1)),
        learning_point INTEGER CHECK (learning_point IN (0, 1))
      ) STRICT;
      CREATE INDEX chronology_rows_by_case_date ON chronology_rows(case_id, date);
      CREATE INDEX chronology_rows_by_return ON chronology_rows(return_id);

      CREATE TABLE chronology_resolutions (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        -- The flagged rows' ids, ascending, joined by commas: the group the decision is about.
        row_ids_key TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('merge', 'keep-all')),
        keep_row_id INTEGER,
        decided_by TEXT NOT NULL REFERENCES users(id),
        decided_at TEXT NOT NULL,
        PRIMARY KEY (case_id, row_ids_key),
        CHECK ((decision = 'merge') = (keep_row_id IS NOT NULL))
      ) STRICT;
    `);
  },
};
