import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../../main/security/hpke.ts';
import { encodeRecoveryCode } from '../../../main/security/recovery-code.ts';
import { listUsers } from '../../../main/store/repositories/users.ts';
import { recoveryCodeShapeProblem } from '../../../shared/accounts/recovery-code-shape.ts';
import { snapshotFolder } from '../helpers/temp-store.ts';
import { ADMIN, makeAccountsFixture, type AccountsFixture } from './accounts-fixture.ts';

const NEW_ADMINISTRATOR = { name: 'Ffion Castellane', passphrase: 'quarry lantern osprey' } as const;

/** Each file of the store's folder by its SHA-256: comparing the bytes themselves one by one takes seconds. */
const folderDigest = (folder: string): [string, string][] => [...snapshotFolder(folder)].map(([name, bytes]) => [name, createHash('sha256').update(bytes).digest('hex')]);

/** The code as someone might type it from the paper: small letters, spaces for the dashes. */
const asTyped = (code: string): string => code.toLowerCase().replace(/-/g, ' ');

describe('recovery with the recovery code, before anyone is signed in', () => {
  let fixture: AccountsFixture;
  let anotherStoresCode: string;
  beforeAll(async () => {
    fixture = await makeAccountsFixture([]);
    const pair = await generateKeyPair();
    anotherStoresCode = encodeRecoveryCode(pair.privateKey);
  });
  afterAll(() => fixture.cleanup());

  it('checks only the shape on the screen: the alphabet, the length, and spaces, dashes and case ignored', () => {
    expect(recoveryCodeShapeProblem(fixture.temp.recoveryCode)).toBeNull();
    expect(recoveryCodeShapeProblem(asTyped(fixture.temp.recoveryCode))).toBeNull();
    expect(recoveryCodeShapeProblem('')).toBe('Enter the recovery code');
    expect(recoveryCodeShapeProblem(fixture.temp.recoveryCode.replace(/^./, '0'))).toContain('it is probably the letter O');
    expect(recoveryCodeShapeProblem(fixture.temp.recoveryCode.slice(0, -3))).toContain('but 52 were entered');
  });

  it('refuses a mistyped code and another store’s code, creating nothing and signing nobody in', async () => {
    const before = folderDigest(fixture.temp.folder);
    const mistyped = fixture.temp.recoveryCode.replace(/^(.)/, (first) => (first === 'A' ? 'B' : 'A'));
    expect(await fixture.refusal('recovery.checkCode', { recoveryCode: mistyped })).toMatchObject({ code: 'WRONG_RECOVERY_CODE', message: expect.stringContaining('mistyped') });
    expect(await fixture.refusal('recovery.checkCode', { recoveryCode: anotherStoresCode })).toMatchObject({ code: 'WRONG_RECOVERY_CODE', message: expect.stringContaining('does not open this store') });
    for (const recoveryCode of [mistyped, anotherStoresCode]) {
      expect(await fixture.refusal('recovery.recover', { recoveryCode, name: NEW_ADMINISTRATOR.name, passphrase: NEW_ADMINISTRATOR.passphrase, confirmPassphrase: NEW_ADMINISTRATOR.passphrase })).toMatchObject({
        code: 'WRONG_RECOVERY_CODE',
      });
    }
    expect(
      await fixture.refusal('recovery.recover', { recoveryCode: fixture.temp.recoveryCode, name: NEW_ADMINISTRATOR.name, passphrase: NEW_ADMINISTRATOR.passphrase, confirmPassphrase: 'something else entirely' }),
    ).toMatchObject({ code: 'INVALID_INPUT', problems: [{ path: 'confirmPassphrase' }] });
    expect(fixture.desktop.status()).toMatchObject({ state: 'locked', user: null });
    expect(folderDigest(fixture.temp.folder)).toEqual(before);
  });

  it('does not sign out whoever is signed in when the code is wrong', async () => {
    await fixture.signIn(ADMIN);
    expect(await fixture.refusal('recovery.recover', { recoveryCode: anotherStoresCode, name: NEW_ADMINISTRATOR.name, passphrase: NEW_ADMINISTRATOR.passphrase, confirmPassphrase: NEW_ADMINISTRATOR.passphrase })).toMatchObject({
      code: 'WRONG_RECOVERY_CODE',
    });
    expect(fixture.desktop.status()).toMatchObject({ state: 'unlocked', user: { name: ADMIN } });
    fixture.desktop.lock();
  });

  it('with the right code, typed loosely, makes a new administrator, audited as a recovery, and signs them in', async () => {
    expect(await fixture.call('recovery.checkCode', { recoveryCode: asTyped(fixture.temp.recoveryCode) })).toEqual({ opensStore: true });
    const recovered = await fixture.call('recovery.recover', {
      recoveryCode: asTyped(fixture.temp.recoveryCode),
      name: NEW_ADMINISTRATOR.name,
      passphrase: NEW_ADMINISTRATOR.passphrase,
      confirmPassphrase: NEW_ADMINISTRATOR.passphrase,
    });
    expect(recovered).toEqual({ name: NEW_ADMINISTRATOR.name });
    // They chose their own passphrase, so there is nothing to change first.
    expect(fixture.desktop.status()).toMatchObject({ state: 'unlocked', user: { name: NEW_ADMINISTRATOR.name, roles: ['administrator'], organisation: 'Business Unit', mustChangePassphrase: false } });
    const newId = fixture.userId(NEW_ADMINISTRATOR.name);
    expect(fixture.events('user.recovered-administrator')).toEqual([{ actorId: null, recordType: 'user', recordId: newId, details: { name: NEW_ADMINISTRATOR.name, organisation: 'Business Unit' } }]);
    expect(fixture.events('session.unlocked').at(-1)).toMatchObject({ actorId: newId });
    expect(listUsers(fixture.desktop.requireSession().store.db).map((user) => user.name)).toEqual([NEW_ADMINISTRATOR.name, ADMIN].sort());
    // They can do what an administrator does straight away.
    expect((await fixture.call('users.accounts', {})).users).toHaveLength(2);
    expect(await fixture.call('audit.verify', {})).toMatchObject({ intact: true });

    // A second recovery under a name already taken is refused, and makes no one.
    fixture.desktop.lock();
    expect(
      await fixture.refusal('recovery.recover', { recoveryCode: fixture.temp.recoveryCode, name: NEW_ADMINISTRATOR.name, passphrase: NEW_ADMINISTRATOR.passphrase, confirmPassphrase: NEW_ADMINISTRATOR.passphrase }),
    ).toMatchObject({ code: 'CONFLICT' });
    await fixture.signIn(NEW_ADMINISTRATOR.name, NEW_ADMINISTRATOR.passphrase);
    expect(fixture.events('user.recovered-administrator')).toHaveLength(1);
  });
});
