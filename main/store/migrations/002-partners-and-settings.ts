/**
 * Which organisations count as which statutory partner (quorum and sign-off read it), and the
 * partnership's settings, starting with the idle-lock time.
 */
import { DEFAULT_STATUTORY_PARTNER_MAP } from '../../../shared/organisations.ts';
import type { Migration } from './types.ts';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;

export const partnersAndSettings: Migration = {
  version: 2,
  name: 'partners-and-settings',
  up(db) {
    db.exec(`
      CREATE TABLE statutory_partners (
        organisation_id INTEGER PRIMARY KEY REFERENCES organisations(id),
        partner TEXT NOT NULL CHECK (partner IN ('local-authority', 'police', 'health'))
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('idle_lock_minutes', String(DEFAULT_IDLE_LOCK_MINUTES));
    const insert = db.prepare(
      `INSERT INTO statutory_partners (organisation_id, partner)
       SELECT id, ? FROM organisations WHERE name = ?`,
    );
    for (const { organisation, partner } of DEFAULT_STATUTORY_PARTNER_MAP) insert.run(partner, organisation);
  },
};
