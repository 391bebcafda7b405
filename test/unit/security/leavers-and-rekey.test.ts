import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { readKeyFile, writeKeyFile } from '../../../main/store/key-file.ts';
import { rekey } from '../../../main/security/rekey.ts';
import { recoverWithCode } from '../../../main/security/recover.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser, disableUser, enableUser } from '../../../main/security/user-admin.ts';
import { changePassphrase } from '../../../main/security/passphrases.ts';
import { DATABASE_FILE, KEY_FILE } from '../../../main/store/store-folder.ts';
import { generateMasterKey, sealMasterKey } from '../../../main/security/master-key.ts';
import { keyPragma, openDatabase } from '../../../main/store/open-database.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

const LEAVER = 'Morgan Leaver';
const LEAVER_PASSPHRASE = 'violet harbour compass';
const STAYER = 'Jordan Stayer';
const STAYER_PASSPHRASE = 'amber meadow lantern';

async function codeOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

async function opens(folder: string, name: string, passphrase: string): Promise<boolean> {
  const session = await unlock(folder, name, passphrase);
  session.lock();
  return true;
}

describe('a leaver is locked out, and everyone else is not', () => {
  let temp: TempStore;
  let oldKeyFileCopy: string;

  beforeEach(async () => {
    temp = await makeTempStore();
    await addUser(temp.session, { name: LEAVER, role: 'business-unit', organisation: 'Business Unit', passphrase: LEAVER_PASSPHRASE });
    await addUser(temp.session, { name: STAYER, role: 'scrutineer', organisation: 'Business Unit', passphrase: STAYER_PASSPHRASE });
    // The leaver keeps a copy of the key file from while they were active.
    oldKeyFileCopy = path.join(temp.root, 'leavers-copy.json');
    fs.copyFileSync(path.join(temp.folder, KEY_FILE), oldKeyFileCopy);
  });
  afterEach(() => temp.cleanup());

  it('refuses the disabled user at once, before any rekey', async () => {
    disableUser(temp.session, LEAVER);
    expect(await codeOf(unlock(temp.folder, LEAVER, LEAVER_PASSPHRASE))).toBe('USER_DISABLED');
  });

  it("after rekey, neither the leaver's passphrase nor their saved old key file opens the store; others' still do", async () => {
    disableUser(temp.session, LEAVER);
    const result = await rekey(temp.session, { newRecovery: false });
    expect(result.activeUsers).toBe(2);
    temp.session.lock();

    expect(await codeOf(unlock(temp.folder, LEAVER, LEAVER_PASSPHRASE))).toBe('USER_DISABLED');

    // Put the leaver's old key file beside the database, as they would.
    const current = path.join(temp.root, 'current-keys.json');
    fs.copyFileSync(path.join(temp.folder, KEY_FILE), current);
    fs.copyFileSync(oldKeyFileCopy, path.join(temp.folder, KEY_FILE));
    expect(['KEY_FILE_MISMATCH', 'KEY_REJECTED']).toContain(await codeOf(unlock(temp.folder, LEAVER, LEAVER_PASSPHRASE)));
    // Even forging the salt in the old key file does not help: the old master key no longer decrypts the database.
    const forged = readKeyFile(oldKeyFileCopy);
    writeKeyFile(path.join(temp.folder, KEY_FILE), { ...forged, databaseSalt: readKeyFile(current).databaseSalt });
    expect(await codeOf(unlock(temp.folder, LEAVER, LEAVER_PASSPHRASE))).toBe('KEY_REJECTED');
    fs.copyFileSync(current, path.join(temp.folder, KEY_FILE));

    expect(await opens(temp.folder, ADMIN, ADMIN_PASSPHRASE)).toBe(true);
    expect(await opens(temp.folder, STAYER, STAYER_PASSPHRASE)).toBe(true);
  });

  it('the recovery code still opens the store after a rekey', async () => {
    disableUser(temp.session, LEAVER);
    await rekey(temp.session, { newRecovery: false });
    temp.session.lock();
    const user = await recoverWithCode(temp.folder, temp.recoveryCode, 'Recovered Admin', 'cobalt river staircase');
    expect(user.name).toBe('Recovered Admin');
    expect(await opens(temp.folder, 'Recovered Admin', 'cobalt river staircase')).toBe(true);
  });

  it('a new recovery key locks out the old code and the new code works', async () => {
    let newCode = '';
    await rekey(temp.session, { newRecovery: true, showRecoveryCode: (code) => (newCode = code) });
    temp.session.lock();
    expect(newCode).not.toBe(temp.recoveryCode);
    expect(await codeOf(recoverWithCode(temp.folder, temp.recoveryCode, 'Old Code Holder', 'granite willow sparrow'))).toBe('WRONG_RECOVERY_CODE');
    const user = await recoverWithCode(temp.folder, newCode, 'New Code Holder', 'granite willow sparrow');
    expect(user.status).toBe('active');
  });

  it('re-enabling a user seals the current key to them again', async () => {
    disableUser(temp.session, LEAVER);
    await rekey(temp.session, { newRecovery: false });
    await enableUser(temp.session, LEAVER);
    temp.session.lock();
    expect(await opens(temp.folder, LEAVER, LEAVER_PASSPHRASE)).toBe(true);
  });

  it('a passphrase change rewraps one key: the old passphrase stops working, nothing else changes', async () => {
    temp.session.lock();
    const before = readKeyFile(path.join(temp.folder, KEY_FILE));
    const databaseBefore = fs.readFileSync(path.join(temp.folder, DATABASE_FILE)).subarray(0, 16);
    await changePassphrase(temp.folder, STAYER, STAYER_PASSPHRASE, 'saffron glacier pebble');
    expect(await codeOf(unlock(temp.folder, STAYER, STAYER_PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    expect(await opens(temp.folder, STAYER, 'saffron glacier pebble')).toBe(true);
    const after = readKeyFile(path.join(temp.folder, KEY_FILE));
    expect(after.epoch).toBe(before.epoch);
    expect(after.recovery).toEqual(before.recovery);
    const changed = after.users.filter((entry, index) => JSON.stringify(entry) !== JSON.stringify(before.users[index]));
    expect(changed).toHaveLength(1);
    expect(fs.readFileSync(path.join(temp.folder, DATABASE_FILE)).subarray(0, 16)).toEqual(databaseBefore);
  });

  it('refuses a too-short new passphrase and keeps the old one', async () => {
    temp.session.lock();
    expect(await codeOf(changePassphrase(temp.folder, STAYER, STAYER_PASSPHRASE, 'short'))).toBe('WEAK_PASSPHRASE');
    expect(await opens(temp.folder, STAYER, STAYER_PASSPHRASE)).toBe(true);
  });

  it('will not disable the only administrator, nor let someone disable themselves', async () => {
    expect(() => disableUser(temp.session, ADMIN)).toThrow(/your own account/);
    await addUser(temp.session, { name: 'Second Admin', role: 'administrator', organisation: 'Business Unit', passphrase: 'hazel copper tundra' });
    temp.session.lock();
    const second = await unlock(temp.folder, 'Second Admin', 'hazel copper tundra');
    disableUser(second, ADMIN);
    second.lock();
    expect(await codeOf(unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE))).toBe('USER_DISABLED');
  });
});

describe('a rekey interrupted half-way', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await makeTempStore();
  });
  afterEach(() => temp.cleanup());

  async function pendingRekey(reachDatabase: boolean): Promise<void> {
    // Reproduce the state a crash leaves: the new key saved as pending, the database rekeyed or not.
    const store = temp.session.store;
    const keyFile = readKeyFile(store.paths.keyFile);
    const newKey = generateMasterKey();
    const admin = keyFile.users[0]!;
    const epoch = keyFile.epoch + 1;
    writeKeyFile(store.paths.keyFile, {
      ...keyFile,
      pendingRekey: {
        epoch,
        users: [{ userId: admin.userId, sealedMasterKey: await sealMasterKey(newKey, Buffer.from(admin.publicKey, 'base64'), keyFile.storeId, epoch, admin.userId) }],
        recovery: { publicKey: keyFile.recovery.publicKey, sealedMasterKey: await sealMasterKey(newKey, Buffer.from(keyFile.recovery.publicKey, 'base64'), keyFile.storeId, epoch, 'recovery') },
      },
    });
    if (reachDatabase) {
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      store.db.pragma('journal_mode=DELETE');
      store.db.pragma(keyPragma(newKey).replace(/^key=/, 'rekey='));
    }
    store.db.close();
  }

  it('finishes the rekey at the next unlock when the database already has the new key', async () => {
    await pendingRekey(true);
    const session = await unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE);
    session.lock();
    const keyFile = readKeyFile(path.join(temp.folder, KEY_FILE));
    expect(keyFile.pendingRekey).toBeUndefined();
    expect(keyFile.epoch).toBe(2);
    expect(await opens(temp.folder, ADMIN, ADMIN_PASSPHRASE)).toBe(true);
  });

  it('forgets the rekey at the next unlock when the database never changed', async () => {
    await pendingRekey(false);
    const session = await unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE);
    session.lock();
    const keyFile = readKeyFile(path.join(temp.folder, KEY_FILE));
    expect(keyFile.pendingRekey).toBeUndefined();
    expect(keyFile.epoch).toBe(1);
    expect(await opens(temp.folder, ADMIN, ADMIN_PASSPHRASE)).toBe(true);
  });
});

describe('a rekey refused because the store is in use elsewhere', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await makeTempStore();
  });
  afterEach(() => temp.cleanup());

  it('changes nothing, says why, and keeps the old recovery code working', async () => {
    const before = readKeyFile(path.join(temp.folder, KEY_FILE));
    // A second connection holding a read transaction stops the switch out of WAL mode.
    const other = openDatabaseForTest(temp);
    other.prepare('BEGIN').run();
    other.prepare('SELECT count(*) FROM audit_events').get();
    let shown = '';
    try {
      await expect(rekey(temp.session, { newRecovery: true, showRecoveryCode: (code) => (shown = code) })).rejects.toThrow(/keys were not changed.*recovery code shown above was not put in use/);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(shown).not.toBe('');
    expect(readKeyFile(path.join(temp.folder, KEY_FILE))).toEqual(before);
    temp.session.lock();
    expect(await codeOf(recoverWithCode(temp.folder, shown, 'Shown Code Holder', 'granite willow sparrow'))).toBe('WRONG_RECOVERY_CODE');
    expect((await recoverWithCode(temp.folder, temp.recoveryCode, 'Old Code Holder', 'granite willow sparrow')).status).toBe('active');
  });
});

function openDatabaseForTest(temp: TempStore) {
  return openDatabase(path.join(temp.folder, DATABASE_FILE), Buffer.from(temp.session.store.masterKey));
}
