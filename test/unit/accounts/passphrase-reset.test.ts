import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disableUser } from '../../../main/security/user-admin.ts';
import { ADMIN, keyFileBytes, makeAccountsFixture, PASSPHRASE, PEOPLE, type AccountsFixture } from './accounts-fixture.ts';

const TEMPORARY = 'given in person lantern';
const CHOSEN = 'marigold quayside tandem';

describe('an administrator resets a forgotten passphrase through the call', () => {
  let fixture: AccountsFixture;
  beforeAll(async () => {
    fixture = await makeAccountsFixture([
      { name: PEOPLE.officer, role: 'business-unit', organisation: 'Business Unit' },
      // A Business Unit officer may list users but not manage them.
      { name: PEOPLE.colleague, role: 'business-unit', organisation: 'Business Unit' },
    ]);
  });
  afterAll(() => fixture.cleanup());

  it('lists every account with its roles and whether a new passphrase must be chosen', async () => {
    await fixture.signIn(ADMIN);
    const { users } = await fixture.call('users.accounts', {});
    expect(users.map((user) => user.name)).toEqual([PEOPLE.colleague, PEOPLE.officer, ADMIN].sort());
    expect(users.find((user) => user.name === ADMIN)).toMatchObject({ you: true, roles: ['administrator'], status: 'active' });
    expect(users.find((user) => user.name === PEOPLE.officer)).toMatchObject({ you: false, roles: ['business-unit'], mustChangePassphrase: false, lastResetAt: null, holdings: [] });
  });

  it('refuses a reset for oneself, for a disabled account, with passphrases that differ or are too short, and without users.manage, changing nothing', async () => {
    await fixture.signIn(ADMIN);
    await fixture.call('users.add', { name: PEOPLE.leaver, role: 'business-unit', organisation: 'Business Unit', passphrase: PASSPHRASE });
    disableUser(fixture.desktop.requireSession(), PEOPLE.leaver);
    const before = keyFileBytes(fixture);

    expect(await fixture.refusal('users.resetPassphrase', { name: ADMIN, temporaryPassphrase: TEMPORARY, confirmPassphrase: TEMPORARY })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('You cannot reset your own passphrase'),
    });
    expect(await fixture.refusal('users.resetPassphrase', { name: PEOPLE.leaver, temporaryPassphrase: TEMPORARY, confirmPassphrase: TEMPORARY })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('disabled'),
    });
    expect(await fixture.refusal('users.resetPassphrase', { name: PEOPLE.officer, temporaryPassphrase: TEMPORARY, confirmPassphrase: `${TEMPORARY}s` })).toMatchObject({
      code: 'INVALID_INPUT',
      problems: [{ path: 'confirmPassphrase', message: expect.stringContaining('do not match') }],
    });
    expect(await fixture.refusal('users.resetPassphrase', { name: PEOPLE.officer, temporaryPassphrase: 'too short', confirmPassphrase: 'too short' })).toMatchObject({ code: 'WEAK_PASSPHRASE' });
    expect(await fixture.refusal('users.resetPassphrase', { name: 'Nobody Of That Name', temporaryPassphrase: TEMPORARY, confirmPassphrase: TEMPORARY })).toMatchObject({ code: 'NOT_FOUND' });

    await fixture.signIn(PEOPLE.colleague);
    const refusedBefore = fixture.events('access.refused').length;
    expect(await fixture.refusal('users.resetPassphrase', { name: PEOPLE.officer, temporaryPassphrase: TEMPORARY, confirmPassphrase: TEMPORARY })).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await fixture.refusal('users.accounts', {})).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(fixture.events('access.refused').slice(refusedBefore)).toMatchObject([{ details: { permission: 'users.manage' } }, { details: { permission: 'users.manage' } }]);

    expect(fixture.events('user.passphrase-reset')).toEqual([]);
    expect(keyFileBytes(fixture).equals(before)).toBe(true);
  });

  it('gives the person a temporary passphrase to change at sign-in; the old one is refused; the reset is audited', async () => {
    await fixture.signIn(ADMIN);
    const adminId = fixture.desktop.requireSession().userId;
    const officerId = fixture.userId(PEOPLE.officer);
    const outcome = await fixture.call('users.resetPassphrase', { name: PEOPLE.officer.toUpperCase(), temporaryPassphrase: TEMPORARY, confirmPassphrase: TEMPORARY });
    expect(outcome).toEqual({ name: PEOPLE.officer, holdings: [] });
    expect(fixture.events('user.passphrase-reset')).toEqual([{ actorId: adminId, recordType: 'user', recordId: officerId, details: null }]);
    const listed = (await fixture.call('users.accounts', {})).users.find((user) => user.name === PEOPLE.officer)!;
    expect(listed.mustChangePassphrase).toBe(true);
    expect(listed.lastResetAt).not.toBeNull();

    // The forgotten passphrase no longer opens anything.
    fixture.desktop.lock();
    expect(await fixture.refusal('session.unlock', { name: PEOPLE.officer, passphrase: PASSPHRASE })).toMatchObject({ code: 'WRONG_PASSPHRASE' });

    // The temporary one does, but only to choose their own.
    await fixture.signIn(PEOPLE.officer, TEMPORARY);
    expect(fixture.desktop.status().user).toMatchObject({ name: PEOPLE.officer, mustChangePassphrase: true });
    expect(await fixture.refusal('cases.list', {})).toMatchObject({ code: 'PASSPHRASE_CHANGE_REQUIRED' });
    await fixture.call('session.changePassphrase', { currentPassphrase: TEMPORARY, newPassphrase: CHOSEN, confirmPassphrase: CHOSEN });
    expect(fixture.desktop.status().user).toMatchObject({ mustChangePassphrase: false });
    expect(await fixture.call('cases.list', {})).toEqual({ cases: [] });

    fixture.desktop.lock();
    expect(await fixture.refusal('session.unlock', { name: PEOPLE.officer, passphrase: TEMPORARY })).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await fixture.signIn(PEOPLE.officer, CHOSEN);
    expect(await fixture.call('audit.verify', {})).toMatchObject({ intact: true });
  });
});
