/**
 * Issue 11's must-show: a backup made from the app, restored into a new folder, holds the same
 * rows in every table as the store it came from (counted and compared by content), and its audit
 * chain verifies. The only rows the restored store has that the store did not are the restore's
 * own: its audit events (the unlock and the restore) and its register row for the backup.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBackup } from '../../../main/operations/backup-job.ts';
import { verifyChain } from '../../../main/security/audit-chain.ts';
import { restoreStore } from '../../../main/store/backup.ts';
import { ADMIN, ADMIN_PASSPHRASE } from '../helpers/temp-store.ts';
import type { VaultFixture } from '../vault/core-fixture.ts';
import { everyTable, makeFullStore, tableNames } from './operations-fixture.ts';

describe('a backup restored into a new folder', () => {
  let fixture: VaultFixture;
  beforeEach(async () => {
    fixture = await makeFullStore();
  });
  afterEach(() => fixture.cleanup());

  it('holds the same rows in every table as the store, and a verified chain', async () => {
    const session = fixture.temp.session;
    const db = session.store.db;
    const before = everyTable(db);
    const filled = [...before].filter(([, rows]) => rows.count > 0).map(([table]) => table);
    // The fixture reaches the tables that matter: people, cases, their records, files' chunks, the audit trail.
    expect(filled).toEqual(expect.arrayContaining(['users', 'cases', 'case_people', 'secured_sets', 'secured_files', 'audit_events', 'audit_details', 'plan_actions', 'learning_themes', 'settings']));
    expect(filled.length).toBeGreaterThanOrEqual(25);

    const made = await runBackup(session, path.join(fixture.temp.root, 'backup'), () => {});
    session.lock();

    const drill = path.join(fixture.temp.root, 'restored');
    const { session: restored, manifest } = await restoreStore(made.backup.folder, drill, ADMIN, ADMIN_PASSPHRASE);
    try {
      const restoredDb = restored.store.db;
      expect(tableNames(restoredDb)).toEqual([...before.keys()]);
      // What the restore added: events after the backup's head, and the register's row for the backup it came from.
      const added = { events: 0, details: 0, backups: 0 };
      const after = everyTable(restoredDb, (table, row) => {
        if (table === 'audit_events' && (row.seq as number) > manifest.events) return (added.events += 1) < 0;
        if (table === 'audit_details' && (row.event_seq as number) > manifest.events) return (added.details += 1) < 0;
        if (table === 'backups') return (added.backups += 1) < 0;
        return true;
      });
      for (const [table, rows] of before) expect(after.get(table), table).toEqual(rows);
      expect(added).toEqual({ events: 2, details: 1, backups: 1 });
      const actions = restoredDb.prepare('SELECT action FROM audit_events WHERE seq > ? ORDER BY seq').all(manifest.events);
      expect(actions).toEqual([{ action: 'session.unlocked' }, { action: 'store.restored' }]);

      const chain = verifyChain(restoredDb, restored.store.auditKeyForVerification);
      expect(chain).toMatchObject({ intact: true, events: manifest.events + 2, head: restored.store.head().head });
      expect(restoredDb.pragma('integrity_check', { simple: true })).toBe('ok');
      // The restored store's register names the backup it came from, as checked by the restore.
      expect(restoredDb.prepare('SELECT folder, events, head, verified_at IS NOT NULL AS verified, restored_at IS NOT NULL AS restored FROM backups').all()).toEqual([
        { folder: made.backup.folder, events: manifest.events, head: manifest.head, verified: 1, restored: 1 },
      ]);
    } finally {
      restored.lock();
    }
  });
});
