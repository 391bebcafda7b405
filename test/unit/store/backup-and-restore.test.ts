import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { backupStore, eventHashAt, restoreStore } from '../../../main/store/backup.ts';
import { MANIFEST_FILE } from '../../../main/store/backup-manifest.ts';
import { defaultCheckpointFile, readCheckpoint } from '../../../main/security/checkpoint.ts';
import { verifyChain } from '../../../main/security/audit-chain.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { createCase, listCases } from '../../../main/reviews/cases.ts';
import { DATABASE_FILE } from '../../../main/store/store-folder.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

describe('backup and restore', () => {
  let temp: TempStore;
  let backup: string;
  beforeEach(async () => {
    temp = await makeTempStore();
    createCase(temp.session, demoReferral({ kindRequested: 'non-statutory-review', incidentDate: '2026-06-01', referralDate: '2026-06-01', agencies: ['Education'] }));
    backup = path.join(temp.root, 'backup');
  });
  afterEach(() => temp.cleanup());

  it('writes an encrypted copy, verified, with a manifest of hashes', () => {
    const manifest = backupStore(temp.session, backup);
    expect(fs.readdirSync(backup).sort()).toEqual([MANIFEST_FILE, DATABASE_FILE, 'store.keys.json'].sort());
    expect(fs.readFileSync(path.join(backup, DATABASE_FILE)).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // Recorded once its copy verified: the store's newest event is that record, just after the copy's head.
    expect(manifest.head).toBe(eventHashAt(temp.session.store.db, manifest.events));
    expect(temp.session.store.head().events).toBe(manifest.events + 1);
    expect(fs.readFileSync(path.join(backup, DATABASE_FILE)).includes(Buffer.from('good-outcome-review'))).toBe(false);
  });

  it('never backs up over an earlier backup', () => {
    backupStore(temp.session, backup);
    expect(() => backupStore(temp.session, backup)).toThrow(/not empty/);
  });

  it('restores a lost store into its own folder, audited, as an explicit new start for its checkpoints', async () => {
    backupStore(temp.session, backup);
    createCase(temp.session, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-07-01', referralDate: '2026-07-01', agencies: [] }));
    const storeId = temp.session.store.storeId;
    temp.session.lock();
    const aheadOfBackup = readCheckpoint(defaultCheckpointFile(storeId, temp.folder))!;
    fs.rmSync(temp.folder, { recursive: true });

    const { session } = await restoreStore(backup, temp.folder, ADMIN, ADMIN_PASSPHRASE);
    try {
      expect(listCases(session)).toHaveLength(1);
      const events = session.store.db.prepare('SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1').get();
      expect(events).toEqual({ action: 'store.restored' });
      expect(verifyChain(session.store.db, session.store.auditKeyForVerification).intact).toBe(true);
      const checkpoint = readCheckpoint(defaultCheckpointFile(storeId, temp.folder))!;
      expect(checkpoint.reason).toBe('restored');
      expect(checkpoint.events).toBe(session.store.head().events);
      expect(checkpoint.events).toBeLessThan(aheadOfBackup.events + 2);
      expect(checkpoint.head).not.toBe(aheadOfBackup.head);
      // The restored store can be changed: it is not treated as a silent rollback.
      createCase(session, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-07-02', referralDate: '2026-07-02', agencies: [] }));
    } finally {
      session.lock();
    }
    const reopened = await unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE);
    expect(reopened.store.checkpointProblem).toBeNull();
    reopened.lock();
  });

  it('a restore drill in another folder leaves the live store and its checkpoint alone', async () => {
    backupStore(temp.session, backup);
    const storeId = temp.session.store.storeId;
    temp.session.lock();
    const liveCheckpoint = readCheckpoint(defaultCheckpointFile(storeId, temp.folder))!;

    const drill = path.join(temp.root, 'drill');
    const { session } = await restoreStore(backup, drill, ADMIN, ADMIN_PASSPHRASE);
    session.lock();
    expect(readCheckpoint(defaultCheckpointFile(storeId, drill))!.reason).toBe('closed');
    expect(readCheckpoint(defaultCheckpointFile(storeId, temp.folder))).toEqual(liveCheckpoint);
    const live = await unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE);
    expect(live.store.checkpointProblem).toBeNull();
    createCase(live, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-07-03', referralDate: '2026-07-03', agencies: [] }));
    live.lock();
  });

  it('refuses to restore a backup whose files changed, or over a store, and leaves nothing behind', async () => {
    backupStore(temp.session, backup);
    await expect(restoreStore(backup, temp.folder, ADMIN, ADMIN_PASSPHRASE)).rejects.toThrow(/already holds a store/);
    const database = path.join(backup, DATABASE_FILE);
    const bytes = fs.readFileSync(database);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100);
    fs.writeFileSync(database, bytes);
    const target = path.join(temp.root, 'restored');
    const error = await restoreStore(backup, target, ADMIN, ADMIN_PASSPHRASE).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BACKUP_INVALID');
    expect(fs.existsSync(path.join(target, DATABASE_FILE))).toBe(false);
  });

  it('lets only an administrator restore, and removes what it copied when refused', async () => {
    await addUser(temp.session, { name: 'Pat Officer', role: 'business-unit', organisation: 'Business Unit', passphrase: 'linen thistle beacon' });
    backupStore(temp.session, backup);
    const target = path.join(temp.root, 'restored');
    await expect(restoreStore(backup, target, 'Pat Officer', 'linen thistle beacon')).rejects.toThrow(/not allowed to restore/);
    expect(fs.readdirSync(target)).toEqual([]);
  });
});
