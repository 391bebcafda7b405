import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SealsToRenewView } from '../../../shared/accounts/accounts.ts';
import type { VaultView } from '../../../shared/vault/secured-files.ts';
import { ADMIN } from '../helpers/temp-store.ts';
import { addFiles, call, copyOf, events, fileBytes, HOUSING, makeSetsFixture, PASSPHRASE, PEOPLE, POLICE, refused, setOf, signIn, type SetsFixture } from '../vault/sets-fixture.ts';

const TEMPORARY = 'given in person cormorant';

describe('resetting the passphrase of a nominated representative who holds secured files', () => {
  let fixture: SetsFixture;
  let reference: string;
  let policeCode: string;
  let housingCode: string;
  const files = [
    { path: 'Custody/interview notes.bin', bytes: fileBytes('interview', 1_300_000) },
    { path: 'Intelligence log.bin', bytes: fileBytes('intelligence', 40_000) },
  ];
  const addedAfterReset = { path: 'Added after the reset.bin', bytes: fileBytes('after', 9_000) };
  let fileIds: number[];
  let laterId: number;

  beforeAll(async () => {
    fixture = await makeSetsFixture();
    reference = fixture.reference;
    await signIn(fixture, PEOPLE.businessUnit);
    policeCode = (await call<{ recoveryCode: string | null }>(fixture, 'vault.setUp', { reference, agency: POLICE, representative: PEOPLE.policeRep })).recoveryCode!;
    housingCode = (await call<{ recoveryCode: string | null }>(fixture, 'vault.setUp', { reference, agency: HOUSING, representative: PEOPLE.housingRep })).recoveryCode!;
    await signIn(fixture, PEOPLE.policeRep);
    fileIds = await addFiles(fixture, reference, POLICE, files);
  });
  afterAll(() => fixture.cleanup());

  async function opensEveryFile(ids: readonly number[], contents: readonly Buffer[]): Promise<void> {
    for (const [index, fileId] of ids.entries()) {
      const { bytes } = await copyOf(fixture, reference, POLICE, fileId, 'Checking the files after the reset');
      expect(bytes.equals(contents[index]!)).toBe(true);
    }
  }

  it('shows the administrator what the representative holds before the reset', async () => {
    await signIn(fixture, ADMIN);
    const { users } = await call<{ users: { name: string; holdings: unknown[] }[] }>(fixture, 'users.accounts', {});
    expect(users.find((user) => user.name === PEOPLE.policeRep)?.holdings).toEqual([{ reference, agency: POLICE, state: 'active', files: 2, filesToReseal: 0 }]);
    // A set with no files yet leaves nothing sealed to an old key.
    expect(users.find((user) => user.name === PEOPLE.housingRep)?.holdings).toEqual([]);
  });

  it('reports the holdings with the reset; the representative’s files then stay shut to their new key', async () => {
    await signIn(fixture, ADMIN);
    const outcome = await call(fixture, 'users.resetPassphrase', { name: PEOPLE.policeRep, temporaryPassphrase: TEMPORARY, confirmPassphrase: TEMPORARY });
    expect(outcome).toEqual({ name: PEOPLE.policeRep, holdings: [{ reference, agency: POLICE, state: 'active', files: 2, filesToReseal: 2 }] });

    expect(await fixture.desktop.invoke('session.unlock', { name: PEOPLE.policeRep, passphrase: TEMPORARY })).toMatchObject({ ok: true });
    await call(fixture, 'session.changePassphrase', { currentPassphrase: TEMPORARY, newPassphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE });
    expect(await refused(fixture, 'vault.open', { reference, agency: POLICE, fileId: fileIds[0], purpose: 'Opening after the reset', mode: 'copy' })).toMatchObject({ code: 'FILE_DAMAGED' });
    // A file added now is sealed to the new key: it opens, and is not counted among those to re-seal.
    [laterId] = (await addFiles(fixture, reference, POLICE, [addedAfterReset])) as [number];
    await opensEveryFile([laterId], [addedAfterReset.bytes]);

    const seals = await call<SealsToRenewView>(fixture, 'vault.sealsToRenew', { reference });
    expect(seals.sets).toEqual([{ agency: POLICE, representative: PEOPLE.policeRep, filesToReseal: 2, resetAt: expect.any(String), youAreRepresentative: true, canReseal: false }]);
    // Nobody without a right to the set is told about it.
    await signIn(fixture, PEOPLE.housingRep);
    expect((await call<SealsToRenewView>(fixture, 'vault.sealsToRenew', { reference })).sets).toEqual([]);
  });

  it('opens them again only once the agency’s own recovery code has sealed them to the new key', async () => {
    await signIn(fixture, PEOPLE.businessUnit);
    expect((await call<SealsToRenewView>(fixture, 'vault.sealsToRenew', { reference })).sets).toMatchObject([{ agency: POLICE, filesToReseal: 2, youAreRepresentative: false, canReseal: true }]);
    // Another agency's code does not do it, and the attempt is recorded against the set.
    const refusedBefore = events(fixture, 'secured.refused').length;
    expect(await refused(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeRep, recoveryCode: housingCode })).toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    expect(events(fixture, 'secured.refused').slice(refusedBefore)).toMatchObject([{ details: { reason: 'wrong-recovery-code' } }]);
    expect((await call<SealsToRenewView>(fixture, 'vault.sealsToRenew', { reference })).sets).toHaveLength(1);
    await signIn(fixture, PEOPLE.policeRep);
    expect(await refused(fixture, 'vault.open', { reference, agency: POLICE, fileId: fileIds[1], purpose: 'Opening before the re-seal', mode: 'copy' })).toMatchObject({ code: 'FILE_DAMAGED' });

    await signIn(fixture, PEOPLE.businessUnit);
    const view = await call<VaultView>(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeRep, recoveryCode: policeCode });
    expect(setOf(view, POLICE).representative).toBe(PEOPLE.policeRep);
    expect(events(fixture, 'secured.recovered').at(-1)).toMatchObject({ details: { files: 3 } });
    expect((await call<SealsToRenewView>(fixture, 'vault.sealsToRenew', { reference })).sets).toEqual([]);

    await signIn(fixture, PEOPLE.policeRep);
    await opensEveryFile([...fileIds, laterId], [...files.map((file) => file.bytes), addedAfterReset.bytes]);
    await signIn(fixture, ADMIN);
    const { users } = await call<{ users: { name: string; holdings: unknown[] }[] }>(fixture, 'users.accounts', {});
    expect(users.find((user) => user.name === PEOPLE.policeRep)?.holdings).toEqual([{ reference, agency: POLICE, state: 'active', files: 3, filesToReseal: 0 }]);
    expect(await call(fixture, 'audit.verify', {})).toMatchObject({ intact: true });
  });
});
