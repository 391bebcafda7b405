import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetPassphrase } from '../../../main/security/passphrases.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { recipientsOf } from '../../../main/store/repositories/secured-files.ts';
import { userRecipient } from '../../../main/vault/file-key.ts';
import { unsealFileKey } from '../../../main/vault/read-back.ts';
import type { VaultView } from '../../../shared/vault/secured-files.ts';
import { ADMIN, ADMIN_PASSPHRASE } from '../helpers/temp-store.ts';
import { addFiles, call, copyOf, events, fileBytes, HOUSING, makeSetsFixture, PASSPHRASE, PEOPLE, POLICE, refused, setOf, signIn, type SetsFixture } from './sets-fixture.ts';

describe('changing an agency’s nominated representative', () => {
  let fixture: SetsFixture;
  let reference: string;
  let agencyCode: string;
  const files = [
    { path: 'Safeguarding/strategy meeting.bin', bytes: fileBytes('strategy', 2_300_000) },
    { path: 'Safeguarding/empty placeholder.txt', bytes: Buffer.alloc(0) },
    { path: 'Custody record.bin', bytes: fileBytes('custody', 90_000) },
  ];
  const fromBusinessUnit = { path: 'Sent by the agency/referral.bin', bytes: fileBytes('referral', 120_000) };
  let fileIds: number[];
  /** What went in, by file id. */
  const contents = new Map<number, { path: string; bytes: Buffer }>();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    fixture = await makeSetsFixture();
    reference = fixture.reference;
    ids.businessUnit = await signIn(fixture, PEOPLE.businessUnit);
    agencyCode = (await call<{ recoveryCode: string | null }>(fixture, 'vault.setUp', { reference, agency: POLICE, representative: PEOPLE.policeRep })).recoveryCode!;
    const [businessUnitFile] = await addFiles(fixture, reference, POLICE, [fromBusinessUnit]);
    ids.policeRep = await signIn(fixture, PEOPLE.policeRep);
    fileIds = [...(await addFiles(fixture, reference, POLICE, files)), businessUnitFile!];
    for (const [index, file] of [...files, fromBusinessUnit].entries()) contents.set(fileIds[index]!, file);
    ids.policeDeputy = await signIn(fixture, PEOPLE.policeDeputy);
    ids.policeThird = await signIn(fixture, PEOPLE.policeThird);
  });
  afterAll(() => fixture.cleanup());

  /** The signed-in person opens every file of the set, each byte-equal to what went in. */
  async function opensEveryFile(): Promise<void> {
    for (const fileId of fileIds) {
      const { bytes } = await copyOf(fixture, reference, POLICE, fileId, 'Checking the set after the handover');
      expect(bytes.equals(contents.get(fileId)!.bytes), contents.get(fileId)!.path).toBe(true);
    }
  }

  async function isRefusedEveryFile(userId: string): Promise<void> {
    const before = events(fixture, 'secured.refused').filter((event) => event.actorId === userId).length;
    for (const fileId of fileIds) {
      expect(await refused(fixture, 'vault.open', { reference, agency: POLICE, fileId, purpose: 'Trying after the handover', mode: 'copy' })).toMatchObject({ code: 'NOT_ALLOWED' });
    }
    expect(events(fixture, 'secured.refused').filter((event) => event.actorId === userId)).toHaveLength(before + fileIds.length);
    // And the cryptography agrees: their own key opens nothing any more.
    const session = fixture.desktop.requireSession();
    for (const fileId of fileIds) await expect(unsealFileKey(session.store, fileId, session.privateKey, userRecipient(userId))).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
  }

  it('refuses a change that is not the representative’s to make, or that names the wrong person', async () => {
    await signIn(fixture, PEOPLE.policeRep);
    expect(await refused(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeRep })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.housingRep })).toMatchObject({ code: 'INVALID_INPUT' });
    // The recovery route is the Business Unit's, not the representative's.
    expect(await refused(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeDeputy, recoveryCode: agencyCode })).toMatchObject({ code: 'NOT_ALLOWED' });
    await signIn(fixture, PEOPLE.policeDeputy);
    expect(await refused(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeDeputy })).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(events(fixture, 'secured.representative-changed')).toHaveLength(0);
  });

  it('by the current representative: the old one is refused afterwards and the new one opens every file', async () => {
    await signIn(fixture, PEOPLE.policeRep);
    const view = await call<VaultView>(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeDeputy });
    // The role went with the files: they no longer see the set at all.
    expect(view.sets).toEqual([]);
    expect(fixture.desktop.status().user?.roles).not.toContain('nominated-representative');
    const session = fixture.desktop.requireSession();
    for (const fileId of fileIds) expect(recipientsOf(session.store.db, fileId)).toEqual(['agency-recovery', userRecipient(ids.policeDeputy!)]);
    expect(events(fixture, 'secured.representative-changed').at(-1)).toMatchObject({ actorId: ids.policeRep, details: { from: ids.policeRep, to: ids.policeDeputy, files: fileIds.length, byRecovery: false } });
    expect(await refused(fixture, 'vault.get', { reference })).toMatchObject({ code: 'NOT_ALLOWED' });
    await isRefusedEveryFile(ids.policeRep!);

    await signIn(fixture, PEOPLE.policeDeputy);
    expect(setOf(await call<VaultView>(fixture, 'vault.get', { reference }), POLICE)).toMatchObject({ representative: PEOPLE.policeDeputy, youAreRepresentative: true, canOpen: true });
    await opensEveryFile();
  });

  it('by an audited recovery with the agency’s code: the old one is refused afterwards and the new one opens every file', async () => {
    await signIn(fixture, PEOPLE.businessUnit);
    const view = await call<VaultView>(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeThird, recoveryCode: agencyCode.toLowerCase() });
    expect(setOf(view, POLICE)).toMatchObject({ representative: PEOPLE.policeThird, youAreRepresentative: false, canOpen: false });
    expect(events(fixture, 'secured.recovered').at(-1)).toMatchObject({ actorId: ids.businessUnit, recordType: 'secured-set', details: { files: fileIds.length, to: ids.policeThird } });
    expect(events(fixture, 'secured.representative-changed').at(-1)).toMatchObject({ details: { from: ids.policeDeputy, to: ids.policeThird, byRecovery: true } });
    // The Business Unit handed the files over without being able to read them.
    expect(await refused(fixture, 'vault.open', { reference, agency: POLICE, fileId: fileIds[0], purpose: 'Looking after the recovery', mode: 'copy' })).toMatchObject({ code: 'NOT_ALLOWED' });

    await signIn(fixture, PEOPLE.policeDeputy);
    await isRefusedEveryFile(ids.policeDeputy!);
    await signIn(fixture, PEOPLE.policeThird);
    await opensEveryFile();
    // Files added after the handover are sealed to the new representative.
    const laterFile = { path: 'Added after the handover.bin', bytes: fileBytes('later', 5_000) };
    const [later] = await addFiles(fixture, reference, POLICE, [laterFile]);
    expect(recipientsOf(fixture.desktop.requireSession().store.db, later!)).toEqual(['agency-recovery', userRecipient(ids.policeThird!)]);
    fileIds.push(later!);
    contents.set(later!, laterFile);
  });

  it('re-seals the set to the same representative after their passphrase is reset and their old key is lost', async () => {
    fixture.desktop.lock();
    const admin = await unlock(fixture.temp.folder, ADMIN, ADMIN_PASSPHRASE);
    await resetPassphrase(admin, PEOPLE.policeThird, 'temporary lantern passphrase');
    admin.lock();
    expect(await fixture.desktop.invoke('session.unlock', { name: PEOPLE.policeThird, passphrase: 'temporary lantern passphrase' })).toMatchObject({ ok: true });
    await call(fixture, 'session.changePassphrase', { currentPassphrase: 'temporary lantern passphrase', newPassphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE });
    // A new key pair: the files sealed to the old one no longer open for them.
    expect(await refused(fixture, 'vault.open', { reference, agency: POLICE, fileId: fileIds[0], purpose: 'Opening after the reset', mode: 'copy' })).toMatchObject({ code: 'FILE_DAMAGED' });

    await signIn(fixture, PEOPLE.businessUnit);
    await call(fixture, 'vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeThird, recoveryCode: agencyCode });
    await signIn(fixture, PEOPLE.policeThird);
    await opensEveryFile();
  });

  it('leaves another agency’s set and the audit chain as they were', async () => {
    await signIn(fixture, PEOPLE.businessUnit);
    await call(fixture, 'vault.setUp', { reference, agency: HOUSING, representative: PEOPLE.housingRep });
    const view = await call<VaultView>(fixture, 'vault.get', { reference });
    expect(setOf(view, HOUSING).representative).toBe(PEOPLE.housingRep);
    expect(await call(fixture, 'audit.verify', {})).toMatchObject({ intact: true });
  });
});
