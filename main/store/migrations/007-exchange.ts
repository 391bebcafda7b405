/**
 * Working across installs without a server: this install's identity (a key pair for sealing and
 * one for signing), the contacts it trusts, every bundle it made or took in, the tasks bundles
 * open here (a request for an agency's return, a decision asked of a panel member, a draft for
 * factual accuracy, an agency's actions), the files those tasks carry, the earlier versions of
 * records a signed decision replaced, and agencies' updates on their actions as they arrived.
 *
 * Stores made before this migration get their identity here; `init` makes it with the store.
 */
import { makeIdentityKeys } from '../../exchange/identity-keys.ts';
import { BUSINESS_UNIT } from '../../../shared/organisations.ts';
import type { Migration } from './types.ts';

export const exchange: Migration = {
  version: 7,
  name: 'exchange',
  up(db) {
    db.exec(`
      -- One row. The private halves are protected by the store's encryption, like every row.
      CREATE TABLE install_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        install_id TEXT NOT NULL,
        organisation TEXT NOT NULL,
        install_name TEXT NOT NULL,
        sealing_public BLOB NOT NULL,
        sealing_private BLOB NOT NULL,
        signing_public BLOB NOT NULL,
        signing_private BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- A contact is trusted only once a person confirmed its fingerprint with its owner.
      CREATE TABLE exchange_contacts (
        id INTEGER PRIMARY KEY,
        install_id TEXT NOT NULL UNIQUE,
        organisation TEXT NOT NULL,
        install_name TEXT NOT NULL,
        sealing_public BLOB NOT NULL,
        signing_public BLOB NOT NULL,
        fingerprint TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('unconfirmed', 'trusted', 'revoked')),
        added_by TEXT NOT NULL REFERENCES users(id),
        added_at TEXT NOT NULL,
        confirmed_by TEXT REFERENCES users(id),
        confirmed_at TEXT,
        revoked_by TEXT REFERENCES users(id),
        revoked_at TEXT,
        revoked_reason TEXT NOT NULL DEFAULT ''
      ) STRICT;

      -- Every bundle made here ('sent') or taken in ('received'). A bundle id is taken in once.
      CREATE TABLE exchange_bundles (
        id INTEGER PRIMARY KEY,
        bundle_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        kind TEXT NOT NULL,
        contact_id INTEGER NOT NULL REFERENCES exchange_contacts(id),
        case_id INTEGER REFERENCES cases(id),
        our_reference TEXT,
        their_reference TEXT,
        in_reply_to TEXT,
        -- What the bundle is about on this side: the request, record or task it belongs to.
        subject TEXT,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        summary TEXT NOT NULL CHECK (json_valid(summary)),
        -- What a sent bundle carried, so a reply can be checked against it (the file itself is not kept).
        sent_payload TEXT CHECK (sent_payload IS NULL OR json_valid(sent_payload)),
        by_user TEXT NOT NULL REFERENCES users(id),
        at TEXT NOT NULL,
        UNIQUE (bundle_id, direction)
      ) STRICT;
      CREATE INDEX exchange_bundles_by_case ON exchange_bundles(case_id);

      CREATE TABLE exchange_tasks (
        id INTEGER PRIMARY KEY,
        received_id INTEGER NOT NULL UNIQUE REFERENCES exchange_bundles(id),
        kind TEXT NOT NULL CHECK (kind IN ('request', 'decision-request', 'draft', 'actions')),
        contact_id INTEGER NOT NULL REFERENCES exchange_contacts(id),
        their_reference TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        assigned_to TEXT NOT NULL REFERENCES users(id),
        due_on TEXT,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'answered')),
        answered_bundle_id TEXT,
        answered_at TEXT
      ) STRICT;

      CREATE TABLE exchange_task_files (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL REFERENCES exchange_tasks(id),
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        content BLOB NOT NULL
      ) STRICT;
      CREATE INDEX exchange_task_files_by_task ON exchange_task_files(task_id);

      -- A record's earlier entries: the Business Unit's entry made on someone's behalf, kept when
      -- their own signed decision replaced it.
      CREATE TABLE case_record_versions (
        id INTEGER PRIMARY KEY,
        record_id INTEGER NOT NULL REFERENCES case_records(id),
        data TEXT NOT NULL CHECK (json_valid(data)),
        entered_by TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        replaced_by_bundle TEXT
      ) STRICT;
      CREATE INDEX case_record_versions_by_record ON case_record_versions(record_id);

      -- An agency's update on actions sent to it, as it arrived, for the action plan to take up:
      -- each action's status and evidence of impact, with any evidence files kept in the case's
      -- documents (never in an agency's secured set, which the Business Unit cannot open).
      CREATE TABLE action_updates_received (
        id INTEGER PRIMARY KEY,
        received_id INTEGER NOT NULL REFERENCES exchange_bundles(id),
        case_id INTEGER NOT NULL REFERENCES cases(id),
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        action_id TEXT NOT NULL,
        status TEXT NOT NULL,
        evidence TEXT NOT NULL,
        document_ids TEXT NOT NULL CHECK (json_valid(document_ids)),
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX action_updates_received_by_action ON action_updates_received(case_id, action_id);

      -- The record's current entry came signed from another install, not typed in here.
      CREATE TABLE signed_records (
        record_id INTEGER PRIMARY KEY REFERENCES case_records(id),
        bundle_id TEXT NOT NULL,
        contact_id INTEGER NOT NULL REFERENCES exchange_contacts(id),
        signed_by TEXT NOT NULL,
        signed_at TEXT NOT NULL
      ) STRICT;
    `);
    const keys = makeIdentityKeys();
    db.prepare(
      `INSERT INTO install_identity (id, install_id, organisation, install_name, sealing_public, sealing_private, signing_public, signing_private, created_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(keys.installId, BUSINESS_UNIT, 'This install', keys.sealingPublic, keys.sealingPrivate, keys.signingPublic, keys.signingPrivate, new Date().toISOString());
  },
};
