/**
 * Action plans and learning: each case's recommendations and the SMART actions under them, with
 * their evidence of impact (files kept in the case's documents); when an agency's update that came
 * back in a bundle was taken up; the managed list of learning themes and the cases tagged with
 * them; learning events and reflective sessions; repeat incidents flagged on a new referral; and
 * the family's feedback on the review.
 */
import { SEEDED_THEMES } from '../../../shared/learning/learning.ts';
import type { Migration } from './types.ts';

export const actionPlansAndLearning: Migration = {
  version: 9,
  name: 'action-plans-and-learning',
  up(db) {
    db.exec(`
      CREATE TABLE plan_recommendations (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        text TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('single-agency', 'multi-agency', 'partnership-wide', 'national')),
        systemic_factor TEXT NOT NULL,
        from_finding TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT
      ) STRICT;
      CREATE INDEX plan_recommendations_by_case ON plan_recommendations(case_id, id);

      -- uid is the id the action keeps when it goes to its agency in a bundle and comes back.
      CREATE TABLE plan_actions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        recommendation_id INTEGER NOT NULL REFERENCES plan_recommendations(id),
        what TEXT NOT NULL,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        responsible_person TEXT NOT NULL,
        due_on TEXT NOT NULL,
        intended_outcome TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'complete', 'no-longer-needed')),
        completed_on TEXT,
        evidence TEXT NOT NULL DEFAULT '',
        evidence_accepted_on TEXT,
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        CHECK ((status = 'complete') = (completed_on IS NOT NULL))
      ) STRICT;
      CREATE INDEX plan_actions_by_case ON plan_actions(case_id, recommendation_id, id);
      CREATE INDEX plan_actions_by_agency ON plan_actions(organisation_id, due_on);
      CREATE INDEX plan_actions_by_due ON plan_actions(due_on);

      CREATE TABLE plan_action_evidence (
        action_id INTEGER NOT NULL REFERENCES plan_actions(id),
        document_id INTEGER NOT NULL REFERENCES case_documents(id),
        PRIMARY KEY (action_id, document_id)
      ) STRICT;

      ALTER TABLE action_updates_received ADD COLUMN taken_up_at TEXT;
      ALTER TABLE action_updates_received ADD COLUMN taken_up_by TEXT REFERENCES users(id);

      CREATE TABLE learning_themes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      -- A case is its referral and its review: a theme tagged on it counts for both.
      CREATE TABLE case_themes (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        theme_id INTEGER NOT NULL REFERENCES learning_themes(id),
        tagged_by TEXT NOT NULL REFERENCES users(id),
        tagged_at TEXT NOT NULL,
        PRIMARY KEY (case_id, theme_id)
      ) STRICT;
      CREATE INDEX case_themes_by_theme ON case_themes(theme_id);

      CREATE TABLE learning_events (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('learning-event', 'reflective-session')),
        title TEXT NOT NULL,
        held_on TEXT NOT NULL,
        audience TEXT NOT NULL,
        case_id INTEGER REFERENCES cases(id),
        attendance INTEGER NOT NULL CHECK (attendance >= 0),
        feedback_responses INTEGER NOT NULL CHECK (feedback_responses BETWEEN 0 AND attendance),
        understand_better INTEGER NOT NULL CHECK (understand_better BETWEEN 0 AND feedback_responses),
        notes TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL REFERENCES users(id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX learning_events_by_date ON learning_events(held_on);

      CREATE TABLE repeat_incidents (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        earlier_case_id INTEGER NOT NULL REFERENCES cases(id),
        note TEXT NOT NULL DEFAULT '',
        flagged_by TEXT NOT NULL REFERENCES users(id),
        flagged_at TEXT NOT NULL,
        UNIQUE (case_id, earlier_case_id),
        CHECK (case_id <> earlier_case_id)
      ) STRICT;

      CREATE TABLE family_feedback (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        received_on TEXT NOT NULL,
        sensitive TEXT NOT NULL CHECK (sensitive IN ('yes', 'partly', 'no')),
        comments TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL REFERENCES users(id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX family_feedback_by_case ON family_feedback(case_id);
    `);
    const now = new Date().toISOString();
    const insert = db.prepare('INSERT INTO learning_themes (name, created_at) VALUES (?, ?)');
    for (const theme of SEEDED_THEMES) insert.run(theme, now);
  },
};
