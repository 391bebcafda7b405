import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseDetails, verifyChain } from '../../../main/security/audit-chain.ts';
import { checkpointMismatch, readCheckpoint, defaultCheckpointFile } from '../../../main/security/checkpoint.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { openDatabase, type Db } from '../../../main/store/open-database.ts';
import { DATABASE_FILE, KEY_FILE } from '../../../main/store/store-folder.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

describe('the audit chain', () => {
  let temp: TempStore;
  let masterKey: Buffer;

  beforeEach(async () => {
    temp = await makeTempStore();
    masterKey = Buffer.from(temp.session.store.masterKey);
    createCase(temp.session, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-10-01', referralDate: '2026-10-02', agencies: ['Housing'] }));
    await addUser(temp.session, { name: 'Sam Officer', role: 'business-unit', organisation: 'Business Unit', passphrase: 'juniper anchor falcon' });
  });
  afterEach(() => temp.cleanup());

  /** A second connection, as someone holding the key would open the file outside the app. */
  function rawConnection(): Db {
    return openDatabase(path.join(temp.folder, DATABASE_FILE), masterKey);
  }

  it('records each change in the transaction that makes it, with identifiers rather than names', () => {
    const events = temp.session.store.db.prepare('SELECT action, record_type, record_id, actor_id FROM audit_events ORDER BY seq').all() as { action: string; record_id: string }[];
    expect(events.map((event) => event.action)).toEqual(['store.created', 'user.added', 'assignment.added', 'session.unlocked', 'case.created', 'user.added', 'assignment.added']);
    const eventsText = JSON.stringify(events);
    expect(eventsText).not.toContain('Sam Officer');
    const details = temp.session.store.db.prepare('SELECT body FROM audit_details').all() as { body: string }[];
    expect(details.some((detail) => detail.body.includes('Sam Officer'))).toBe(true);
  });

  it('refuses UPDATE and DELETE on events, and anything but an erasure on details', () => {
    const db = temp.session.store.db;
    expect(() => db.prepare(`UPDATE audit_events SET action = 'x' WHERE seq = 1`).run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 1').run()).toThrow(/cannot be deleted/);
    expect(() => db.prepare('DELETE FROM audit_details').run()).toThrow(/cannot be deleted/);
    expect(() => db.prepare(`UPDATE audit_details SET body = '{"name":"Someone Else"}'`).run()).toThrow(/only be erased/);
  });

  it('finds a row tampered with through a raw connection and names the event', () => {
    temp.session.lock();
    const raw = rawConnection();
    raw.exec('DROP TRIGGER audit_events_no_update');
    raw.prepare(`UPDATE audit_events SET record_id = 'someone-else' WHERE seq = 5`).run();
    const key = Buffer.from((raw.prepare(`SELECT value FROM meta WHERE key = 'audit_key'`).get() as { value: string }).value, 'hex');
    const result = verifyChain(raw, key);
    raw.close();
    expect(result).toMatchObject({ intact: false, brokenAt: 5, reason: 'its contents do not match its hash' });
  });

  it('finds a deleted event and altered details', () => {
    temp.session.lock();
    const raw = rawConnection();
    raw.exec('DROP TRIGGER audit_details_erase_only');
    const seq = (raw.prepare('SELECT event_seq FROM audit_details ORDER BY event_seq DESC LIMIT 1').get() as { event_seq: number }).event_seq;
    raw.prepare(`UPDATE audit_details SET body = '{"name":"Someone Else"}' WHERE event_seq = ?`).run(seq);
    const key = Buffer.from((raw.prepare(`SELECT value FROM meta WHERE key = 'audit_key'`).get() as { value: string }).value, 'hex');
    expect(verifyChain(raw, key)).toMatchObject({ intact: false, brokenAt: seq, reason: 'its details do not match the hash it holds' });
    raw.exec('DROP TRIGGER audit_events_no_delete');
    raw.exec('DROP TRIGGER audit_details_no_delete');
    raw.prepare('DELETE FROM audit_details WHERE event_seq = 3').run();
    raw.prepare('DELETE FROM audit_events WHERE seq = 3').run();
    expect(verifyChain(raw, key)).toMatchObject({ intact: false, brokenAt: 3 });
    raw.close();
  });

  it('still verifies after retention erases an event’s details, and says they were erased', () => {
    const store = temp.session.store;
    const seq = (store.db.prepare(`SELECT seq FROM audit_events WHERE action = 'user.added' ORDER BY seq DESC LIMIT 1`).get() as { seq: number }).seq;
    store.change((db, audit) => {
      eraseDetails(db, seq, 'test retention rule');
      audit({ actorId: temp.session.userId, action: 'audit.details-erased', recordType: 'audit-event', recordId: seq, details: { rule: 'test retention rule' } });
    });
    const detail = store.db.prepare('SELECT body, erased_at, erased_rule FROM audit_details WHERE event_seq = ?').get(seq) as { body: string | null; erased_at: string; erased_rule: string };
    expect(detail.body).toBeNull();
    expect(detail.erased_rule).toBe('test retention rule');
    const result = verifyChain(store.db, store.auditKeyForVerification);
    expect(result).toMatchObject({ intact: true, erasedDetails: 1 });
  });

  it('keeps verifying across a rekey, because its key lives inside the store', async () => {
    const { rekey } = await import('../../../main/security/rekey.ts');
    await rekey(temp.session, { newRecovery: false });
    const store = temp.session.store;
    expect(verifyChain(store.db, store.auditKeyForVerification).intact).toBe(true);
  });

  describe('against a checkpoint kept outside the store', () => {
    it('writes the head at every close', () => {
      const head = temp.session.store.head();
      const storeId = temp.session.store.storeId;
      temp.session.lock();
      const checkpoint = readCheckpoint(defaultCheckpointFile(storeId, temp.folder));
      expect(checkpoint).toMatchObject({ storeId, events: head.events, head: head.head, reason: 'closed' });
      expect(path.dirname(defaultCheckpointFile(storeId, temp.folder)).startsWith(temp.folder)).toBe(false);
    });

    it('catches a store rolled back to an earlier copy made outside the app', async () => {
      temp.session.lock();
      const earlier = path.join(temp.root, 'earlier-copy');
      fs.mkdirSync(earlier);
      for (const file of [DATABASE_FILE, KEY_FILE]) fs.copyFileSync(path.join(temp.folder, file), path.join(earlier, file));
      const later = await unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE);
      createCase(later, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-11-02', referralDate: '2026-11-02', agencies: [] }));
      later.lock();
      for (const file of [DATABASE_FILE, KEY_FILE]) fs.copyFileSync(path.join(earlier, file), path.join(temp.folder, file));

      const rolledBack = await unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE);
      const store = rolledBack.store;
      expect(verifyChain(store.db, store.auditKeyForVerification).intact).toBe(true);
      expect(store.checkpointProblem).toMatch(/rolled back or truncated/);
      expect(() => createCase(rolledBack, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-11-03', referralDate: '2026-11-03', agencies: [] }))).toThrow(/no longer matches its checkpoint/);
      const headBefore = store.head();
      rolledBack.lock();
      // A store that failed its checkpoint does not overwrite it at close.
      expect(readCheckpoint(defaultCheckpointFile(store.storeId, temp.folder))!.events).toBeGreaterThan(headBefore.events);
    });

    it('catches a chain recomputed by someone who holds the key', () => {
      const storeId = temp.session.store.storeId;
      temp.session.lock();
      const checkpoint = readCheckpoint(defaultCheckpointFile(storeId, temp.folder))!;
      const raw = rawConnection();
      const key = Buffer.from((raw.prepare(`SELECT value FROM meta WHERE key = 'audit_key'`).get() as { value: string }).value, 'hex');
      raw.exec('DROP TRIGGER audit_events_no_update');
      // Rewrite event 5 and recompute every hash after it with the real key.
      raw.prepare(`UPDATE audit_events SET record_id = 'forged' WHERE seq = 5`).run();
      let previous = (raw.prepare('SELECT hash FROM audit_events WHERE seq = 4').get() as { hash: string }).hash;
      for (const row of raw.prepare('SELECT * FROM audit_events WHERE seq >= 5 ORDER BY seq').all() as Record<string, string | number | null>[]) {
        const fields = [row.seq, row.at, row.actor_id, row.action, row.record_type, row.record_id, row.details_hash, previous];
        const hash = createHmac('sha256', key).update(JSON.stringify(fields)).digest('hex');
        raw.prepare('UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?').run(previous, hash, row.seq);
        previous = hash;
      }
      expect(verifyChain(raw, key).intact).toBe(true);
      expect(checkpointMismatch(raw, storeId, checkpoint)).toMatch(/chain has been rewritten/);
      raw.close();
    });
  });
});
