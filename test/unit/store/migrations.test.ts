import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGENCIES } from '../../../shared/organisations.ts';
import { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion } from '../../../main/store/migrations/index.ts';
import { openDatabase, type Db } from '../../../main/store/open-database.ts';
import { makeTempFolder } from '../helpers/temp-store.ts';

describe('migrations', () => {
  let folder: string;
  let db: Db;
  beforeEach(() => {
    folder = makeTempFolder('prm-migrations-');
    db = openDatabase(path.join(folder, 'store.prm'), crypto.randomBytes(32), { create: true });
  });
  afterEach(() => {
    db.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('are numbered 1, 2, 3… without gaps, and the schema version is the last', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 builds the foundation on an empty store: incremental vacuum, organisations, a guarded audit table', () => {
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    const organisations = db.prepare('SELECT name, kind FROM organisations ORDER BY id').all() as { name: string; kind: string }[];
    expect(organisations[0]).toEqual({ name: 'Business Unit', kind: 'business-unit' });
    expect(organisations.slice(1).map((organisation) => organisation.name)).toEqual([...AGENCIES]);
    const triggers = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string }[]).map((row) => row.name);
    expect(triggers).toEqual(expect.arrayContaining(['audit_events_no_update', 'audit_events_no_delete', 'audit_details_no_delete', 'audit_details_erase_only']));
  });

  it('002 maps the statutory partners and adds settings, keeping the data already there', () => {
    migrate(db, 1);
    // Data as a version-1 store would hold it, including an organisation renamed by the partnership.
    db.prepare(`UPDATE organisations SET name = 'Greater Manchester Police (renamed)' WHERE name = 'Greater Manchester Police'`).run();
    const organisationId = (db.prepare(`SELECT id FROM organisations WHERE name = 'Business Unit'`).get() as { id: number }).id;
    db.prepare(`INSERT INTO users (id, name, organisation_id, public_key, status, created_at) VALUES ('8d0c3c0e-0000-4000-8000-000000000001', 'Existing User', ?, 'AAAA', 'active', '2026-01-01T00:00:00Z')`).run(organisationId);

    migrate(db, 2);

    expect(schemaVersion(db)).toBe(2);
    const partners = db.prepare('SELECT o.name, s.partner FROM statutory_partners s JOIN organisations o ON o.id = s.organisation_id ORDER BY o.name').all();
    expect(partners).toEqual([
      { name: 'Early Help', partner: 'local-authority' },
      { name: 'NHS GM ICB Salford locality', partner: 'health' },
      { name: "Salford City Council Children's Services", partner: 'local-authority' },
    ]);
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'idle_lock_minutes'`).get()).toEqual({ value: '10' });
    expect(db.prepare('SELECT name FROM users').all()).toEqual([{ name: 'Existing User' }]);
  });

  it('003 adds the imported bank-holiday list, empty, keeping the data already there', () => {
    migrate(db, 2);
    db.prepare(`UPDATE settings SET value = '15' WHERE key = 'idle_lock_minutes'`).run();
    migrate(db, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT count(*) AS n FROM imported_bank_holidays').get()).toEqual({ n: 0 });
    expect(() => db.prepare(`INSERT INTO imported_bank_holidays (date, title) VALUES ('25/12/2029', 'Christmas Day')`).run()).toThrow(/CHECK constraint/);
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'idle_lock_minutes'`).get()).toEqual({ value: '15' });
  });

  it('rolls a failing migration back whole, leaving the version where it was', () => {
    migrate(db, 1);
    db.exec('CREATE TABLE settings (key TEXT)'); // makes 002's CREATE TABLE fail half-way
    expect(() => migrate(db, 2)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'statutory_partners'`).get()).toEqual({ n: 0 });
  });

  it('refuses to run against a newer schema', () => {
    db.pragma(`user_version=${SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(/newer version/);
  });
});
