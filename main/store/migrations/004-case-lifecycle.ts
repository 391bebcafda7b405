/**
 * The case lifecycle: each case's records (one JSON document per referral, meeting, decision …,
 * validated by shared/reviews/records.ts), its stage history, its clocks with the due date fixed
 * when each started, its people with their search terms, and its documents in chunks.
 */
import type { Migration } from './types.ts';

export const caseLifecycle: Migration = {
  version: 4,
  name: 'case-lifecycle',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN closed_on TEXT;
      ALTER TABLE cases ADD COLUMN stage_entered_on TEXT;
      CREATE INDEX cases_by_referral ON cases(referral_date DESC, reference);

      CREATE TABLE case_records (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        type TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        entered_by TEXT NOT NULL REFERENCES users(id),
        entered_at TEXT NOT NULL,
        updated_by TEXT REFERENCES users(id),
        updated_at TEXT
      ) STRICT;
      CREATE INDEX case_records_by_case ON case_records(case_id, type);
      CREATE UNIQUE INDEX one_of_each_singleton_record ON case_records(case_id, type)
        WHERE type IN ('referral', 'screening', 'notification', 'panel-response', 'lcspr-set-up', 'method', 'publication', 'findings');

      CREATE TABLE case_stage_history (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL,
        stage TEXT NOT NULL,
        entered_on TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        entered_by TEXT REFERENCES users(id)
      ) STRICT;
      CREATE INDEX case_stage_history_by_case ON case_stage_history(case_id, id);

      -- A clock keeps the due date it was given when it started, so a later change of policy
      -- does not rewrite whether an earlier deadline was met (the annual figures read these).
      CREATE TABLE case_clocks (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        clock TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        starts_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        amount INTEGER NOT NULL,
        completed_on TEXT,
        PRIMARY KEY (case_id, clock, subject)
      ) STRICT;
      CREATE INDEX open_clocks_by_due ON case_clocks(due_on) WHERE completed_on IS NULL;

      CREATE TABLE case_people (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        role TEXT NOT NULL CHECK (role IN ('child', 'family-member', 'practitioner', 'other')),
        given_names TEXT NOT NULL,
        family_name TEXT NOT NULL,
        publish_as TEXT NOT NULL,
        details TEXT NOT NULL CHECK (json_valid(details)),
        created_at TEXT NOT NULL,
        updated_at TEXT
      ) STRICT;
      CREATE INDEX case_people_by_case ON case_people(case_id);

      -- Normalised forms of names and dates of birth (folded case and accents, single spaces),
      -- so a search across every case is an index look-up rather than a scan of JSON.
      CREATE TABLE person_search_terms (
        person_id INTEGER NOT NULL REFERENCES case_people(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('name', 'other-name', 'date-of-birth')),
        term TEXT NOT NULL
      ) STRICT;
      CREATE INDEX person_search_by_term ON person_search_terms(term);
      CREATE INDEX person_search_by_person ON person_search_terms(person_id);

      CREATE TABLE case_documents (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        added_by TEXT NOT NULL REFERENCES users(id),
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_documents_by_case ON case_documents(case_id);

      CREATE TABLE case_document_chunks (
        document_id INTEGER NOT NULL REFERENCES case_documents(id),
        seq INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        PRIMARY KEY (document_id, seq)
      ) STRICT;
    `);
    // Cases made before this version start their history at the stage they are in.
    db.exec(`
      UPDATE cases SET stage_entered_on = referral_date;
      UPDATE cases SET closed_on = referral_date WHERE stage = 'closed';
      INSERT INTO case_stage_history (case_id, kind, stage, entered_on, entered_at, entered_by)
        SELECT id, kind, stage, referral_date, created_at, NULL FROM cases;
    `);
  },
};
