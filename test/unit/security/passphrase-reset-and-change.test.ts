import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Desktop } from '../../../main/api/desktop.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { changeOwnPassphrase, resetPassphrase } from '../../../main/security/passphrases.ts';
import { findUserByName } from '../../../main/store/repositories/users.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

const OFFICER = 'Rowan Officer';
const FORGOTTEN = 'forgotten marble ferry';
const TEMPORARY = 'temporary harvest kiln';

describe('a forgotten passphrase, reset by an administrator and then changed', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await makeTempStore();
    await addUser(temp.session, { name: OFFICER, role: 'business-unit', organisation: 'Business Unit', passphrase: FORGOTTEN });
  });
  afterEach(() => temp.cleanup());

  it('gives the user a new key under a temporary passphrase, to be changed at next sign-in', async () => {
    const before = findUserByName(temp.session.store.db, OFFICER)!;
    const after = await resetPassphrase(temp.session, OFFICER, TEMPORARY);
    expect(after.publicKey).not.toBe(before.publicKey);
    expect(after.mustChangePassphrase).toBe(true);
    await expect(unlock(temp.folder, OFFICER, FORGOTTEN)).rejects.toThrow(/not right/);
    const officer = await unlock(temp.folder, OFFICER, TEMPORARY);
    officer.lock();
    const events = temp.session.store.db.prepare(`SELECT actor_id FROM audit_events WHERE action = 'user.passphrase-reset'`).all();
    expect(events).toEqual([{ actor_id: temp.session.userId }]);
  });

  it('is refused to anyone but an administrator, and for your own account', async () => {
    await expect(resetPassphrase(temp.session, temp.session.user.name, TEMPORARY)).rejects.toThrow(/use passwd/);
    const officer = await unlock(temp.folder, OFFICER, FORGOTTEN);
    try {
      await expect(resetPassphrase(officer, temp.session.user.name, TEMPORARY)).rejects.toThrow(/not allowed/);
    } finally {
      officer.lock();
    }
  });

  it('lets the signed-in user change it, asking for the current one again', async () => {
    await resetPassphrase(temp.session, OFFICER, TEMPORARY);
    const officer = await unlock(temp.folder, OFFICER, TEMPORARY);
    try {
      await expect(changeOwnPassphrase(officer, 'not the current one', 'brand new passphrase')).rejects.toThrow(/not right/);
      await expect(changeOwnPassphrase(officer, TEMPORARY, TEMPORARY)).rejects.toThrow(/same as the current/);
      await changeOwnPassphrase(officer, TEMPORARY, 'brand new passphrase');
      expect(officer.user.mustChangePassphrase).toBe(false);
    } finally {
      officer.lock();
    }
    await expect(unlock(temp.folder, OFFICER, TEMPORARY)).rejects.toThrow(/not right/);
    (await unlock(temp.folder, OFFICER, 'brand new passphrase')).lock();
  });

  it('changes through the pipeline, with the two new passphrases checked against each other', async () => {
    await resetPassphrase(temp.session, OFFICER, TEMPORARY);
    const desktop = new Desktop({ storeFolder: temp.folder });
    const unlocked = await desktop.invoke('session.unlock', { name: OFFICER, passphrase: TEMPORARY });
    expect(unlocked).toMatchObject({ ok: true, value: { user: { mustChangePassphrase: true } } });
    const mismatch = await desktop.invoke('session.changePassphrase', { currentPassphrase: TEMPORARY, newPassphrase: 'brand new passphrase', confirmPassphrase: 'brand new passphrasf' });
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const changed = await desktop.invoke('session.changePassphrase', { currentPassphrase: TEMPORARY, newPassphrase: 'brand new passphrase', confirmPassphrase: 'brand new passphrase' });
    expect(changed).toMatchObject({ ok: true, value: { state: 'unlocked', user: { mustChangePassphrase: false } } });
    desktop.lock();
  });
});
