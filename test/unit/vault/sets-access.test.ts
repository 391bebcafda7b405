import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRole } from '../../../main/security/role-assignments.ts';
import { userRecipient } from '../../../main/vault/file-key.ts';
import { unsealFileKey } from '../../../main/vault/read-back.ts';
import type { VaultView } from '../../../shared/vault/secured-files.ts';
import { addFiles, call, copyOf, events, fileBytes, HOUSING, makeSetsFixture, openCopiesFiles, PEOPLE, POLICE, refused, setOf, signIn, type SetsFixture } from './sets-fixture.ts';

const PURPOSE = 'Checking the contact history for the review';

describe('who may reach an agency’s secured files', () => {
  let fixture: SetsFixture;
  let reference: string;
  const codes: (string | null)[] = [];
  const bytes = { byBusinessUnit: fileBytes('police-referral', 2_500_000), byRepresentative: fileBytes('police-notes', 40_000) };
  let policeSetId: string;
  let businessUnitFile: number;
  let representativeFile: number;

  beforeAll(async () => {
    fixture = await makeSetsFixture();
    reference = fixture.reference;
    await signIn(fixture, PEOPLE.businessUnit);
    for (const [ref, agency, representative] of [
      [reference, POLICE, PEOPLE.policeRep],
      [reference, HOUSING, PEOPLE.housingRep],
      [fixture.otherReference, POLICE, PEOPLE.otherCaseRep],
    ] as const) {
      codes.push((await call<{ recoveryCode: string | null; view: VaultView }>(fixture, 'vault.setUp', { reference: ref, agency, representative })).recoveryCode);
    }
    policeSetId = events(fixture, 'secured.set-up')[0]!.recordId!;
    businessUnitFile = (await addFiles(fixture, reference, POLICE, [{ path: 'Referrals/2026-09 referral.bin', bytes: bytes.byBusinessUnit }], 'Sent to the Business Unit by the agency'))[0]!;
    await signIn(fixture, PEOPLE.policeRep);
    representativeFile = (await addFiles(fixture, reference, POLICE, [{ path: 'Case notes.txt', bytes: bytes.byRepresentative }]))[0]!;
  });
  afterAll(() => fixture.cleanup());

  it('sets up each agency’s set once, giving the representative the role and the agency its recovery code with its first set only', async () => {
    expect(codes[0]).toMatch(/^[A-Z2-7]{5}(-[A-Z2-7]{1,5})+$/);
    expect(codes[1]).toMatch(/^[A-Z2-7]{5}-/);
    expect(codes[0]).not.toBe(codes[1]);
    // Police's second set, on another case, is sealed to the key Police already has.
    expect(codes[2]).toBeNull();
    await signIn(fixture, PEOPLE.businessUnit);
    expect(events(fixture, 'secured.set-up')).toHaveLength(3);
    expect(events(fixture, 'secured.recovery-key-made')).toHaveLength(2);
    const again = await refused(fixture, 'vault.setUp', { reference, agency: POLICE, representative: PEOPLE.policeDeputy });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain(PEOPLE.policeRep);
    const wrongAgency = await refused(fixture, 'vault.setUp', { reference, agency: 'Education', representative: PEOPLE.housingRep });
    expect(wrongAgency).toMatchObject({ code: 'INVALID_INPUT' });
    expect(wrongAgency.message).toContain(`${PEOPLE.housingRep} belongs to ${HOUSING}, not Education`);
    expect(await refused(fixture, 'vault.setUp', { reference, agency: 'Business Unit', representative: PEOPLE.businessUnit })).toMatchObject({ code: 'INVALID_INPUT' });
    await signIn(fixture, PEOPLE.leadReviewer);
    expect(await refused(fixture, 'vault.setUp', { reference, agency: 'Education', representative: PEOPLE.policeDeputy })).toMatchObject({ code: 'NOT_ALLOWED' });
    await signIn(fixture, PEOPLE.policeRep);
    const status = fixture.desktop.status();
    expect(status.user?.roles).toContain('nominated-representative');
  });

  it('refuses to name a representative when someone else already holds the role for that case and agency', async () => {
    await signIn(fixture, PEOPLE.admin);
    assignRole(fixture.desktop.requireSession(), { targetUser: PEOPLE.housingDeputy, role: 'nominated-representative', caseReference: fixture.otherReference, agency: HOUSING });
    await signIn(fixture, PEOPLE.businessUnit);
    const taken = await refused(fixture, 'vault.setUp', { reference: fixture.otherReference, agency: HOUSING, representative: PEOPLE.housingRep });
    expect(taken.code).toBe('CONFLICT');
    expect(taken.message).toContain(`${PEOPLE.housingDeputy} is already ${HOUSING}’s nominated representative`);
    // Nothing of the refused set-up stayed behind.
    expect((await call<VaultView>(fixture, 'vault.get', { reference: fixture.otherReference })).sets.map((set) => set.agency)).toEqual([POLICE]);
    const made = await call<{ recoveryCode: string | null; view: VaultView }>(fixture, 'vault.setUp', { reference: fixture.otherReference, agency: HOUSING, representative: PEOPLE.housingDeputy });
    expect(made.recoveryCode).toBeNull();
    expect(setOf(made.view, HOUSING).representative).toBe(PEOPLE.housingDeputy);
  });

  it('records the Business Unit’s file as added for the agency, and the representative’s as not', async () => {
    await signIn(fixture, PEOPLE.policeRep);
    const set = setOf(await call<VaultView>(fixture, 'vault.get', { reference }), POLICE);
    const byId = new Map(set.files.map((file) => [file.id, file]));
    expect(byId.get(businessUnitFile)).toMatchObject({ path: 'Referrals/2026-09 referral.bin', placedBy: PEOPLE.businessUnit, actingForAgency: true, note: 'Sent to the Business Unit by the agency', size: bytes.byBusinessUnit.length });
    expect(byId.get(representativeFile)).toMatchObject({ placedBy: PEOPLE.policeRep, actingForAgency: false, size: bytes.byRepresentative.length });
    expect(set).toMatchObject({ representative: PEOPLE.policeRep, youAreRepresentative: true, canOpen: true, canAdd: true, canManage: false });
  });

  it('lets the Business Unit add to an agency’s set but not open what it added; the representative opens it', async () => {
    await signIn(fixture, PEOPLE.businessUnit);
    const refusedBefore = events(fixture, 'secured.refused').length;
    const open = await refused(fixture, 'vault.open', { reference, agency: POLICE, fileId: businessUnitFile, purpose: PURPOSE, mode: 'copy' });
    expect(open.code).toBe('NOT_ALLOWED');
    expect(open.message).toContain(`Only the nominated representative for ${POLICE}`);
    const refusals = events(fixture, 'secured.refused');
    expect(refusals).toHaveLength(refusedBefore + 1);
    expect(refusals.at(-1)).toMatchObject({ actorId: fixture.desktop.requireSession().userId, recordType: 'secured-set', recordId: policeSetId, details: { attempted: 'save a working copy', fileId: businessUnitFile } });
    const view = setOf(await call<VaultView>(fixture, 'vault.get', { reference }), POLICE);
    expect(view).toMatchObject({ youAreRepresentative: false, canOpen: false, canAdd: true, canManage: true });

    await signIn(fixture, PEOPLE.policeRep);
    const copy = await copyOf(fixture, reference, POLICE, businessUnitFile);
    expect(copy.result).toMatchObject({ mode: 'copy', name: '2026-09 referral.bin', size: bytes.byBusinessUnit.length, watermarked: false });
    expect(copy.bytes.equals(bytes.byBusinessUnit)).toBe(true);
    const opened = await call<{ mode: string; name: string }>(fixture, 'vault.open', { reference, agency: POLICE, fileId: representativeFile, purpose: PURPOSE, mode: 'open' });
    expect(opened).toEqual({ mode: 'open', name: 'Case notes.txt' });
    const written = openCopiesFiles(fixture);
    expect(written).toHaveLength(1);
    expect(fs.readFileSync(written[0]!).equals(bytes.byRepresentative)).toBe(true);
    const copied = events(fixture, 'secured.copied').at(-1)!;
    expect(copied).toMatchObject({ recordType: 'secured-file', recordId: `${policeSetId}:${businessUnitFile}`, details: { path: 'Referrals/2026-09 referral.bin', purpose: 'Preparing the agency’s chronology for the review' } });
    expect(events(fixture, 'secured.opened').at(-1)).toMatchObject({ recordId: `${policeSetId}:${representativeFile}`, details: { path: 'Case notes.txt', purpose: PURPOSE } });
    // Locking wipes the decrypted copy.
    fixture.desktop.lock();
    expect(openCopiesFiles(fixture)).toEqual([]);
  });

  it('refuses the agency’s files to an administrator, the Business Unit, a lead reviewer, another agency’s and another case’s representative, logging each refusal against the set', async () => {
    const attempts: [string, unknown][] = [
      ['vault.open', { reference, agency: POLICE, fileId: representativeFile, purpose: PURPOSE, mode: 'open' }],
      ['vault.open', { reference, agency: POLICE, fileId: representativeFile, purpose: PURPOSE, mode: 'copy' }],
      ['vault.checkIntegrity', { reference, agency: POLICE }],
      ['vault.release', { reference, agency: POLICE, purpose: PURPOSE }],
      ['vault.destroy', { reference, agency: POLICE, reason: 'The agency asked for its records to be destroyed', confirmAgency: POLICE }],
      ['vault.changeRepresentative', { reference, agency: POLICE, representative: PEOPLE.policeDeputy }],
    ];
    for (const person of [PEOPLE.admin, PEOPLE.businessUnit, PEOPLE.leadReviewer, PEOPLE.housingRep, PEOPLE.otherCaseRep]) {
      const userId = await signIn(fixture, person);
      // The Business Unit may add for the agency; everyone else here may not even do that.
      const adding: [string, unknown][] = person === PEOPLE.businessUnit ? [] : [['vault.beginIntake', { reference, agency: POLICE, files: [{ path: 'Planted.bin', size: 10 }] }]];
      for (const [name, input] of [...attempts, ...adding]) {
        const before = events(fixture, 'secured.refused').filter((event) => event.actorId === userId).length;
        const error = await refused(fixture, name, input);
        expect(error.code, `${person} calling ${name}`).toBe('NOT_ALLOWED');
        const after = events(fixture, 'secured.refused').filter((event) => event.actorId === userId);
        expect(after, `${person}'s refusal of ${name} logged`).toHaveLength(before + 1);
        expect(after.at(-1)).toMatchObject({ recordType: 'secured-set', recordId: policeSetId });
      }
    }
    // Nothing was opened, copied, released, destroyed or handed over by any of them.
    await signIn(fixture, PEOPLE.policeRep);
    expect(events(fixture, 'secured.representative-changed')).toHaveLength(0);
    expect(events(fixture, 'secured.destroyed')).toHaveLength(0);
    expect(setOf(await call<VaultView>(fixture, 'vault.get', { reference }), POLICE).files).toHaveLength(2);
  });

  it('shows each person only the sets they hold a right for, and refuses the case’s vault to someone with none', async () => {
    await signIn(fixture, PEOPLE.housingRep);
    const housing = await call<VaultView>(fixture, 'vault.get', { reference });
    expect(housing.sets.map((set) => set.agency)).toEqual([HOUSING]);
    expect(housing).toMatchObject({ canSetUp: false, agenciesWithoutSet: [] });
    await signIn(fixture, PEOPLE.otherCaseRep);
    expect(await refused(fixture, 'vault.get', { reference })).toMatchObject({ code: 'NOT_ALLOWED' });
    await signIn(fixture, PEOPLE.leadReviewer);
    const before = events(fixture, 'access.refused').length;
    expect(await refused(fixture, 'vault.get', { reference })).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(events(fixture, 'access.refused')).toHaveLength(before + 1);
    await signIn(fixture, PEOPLE.admin);
    const admin = await call<VaultView>(fixture, 'vault.get', { reference });
    expect(admin.sets.map((set) => set.agency).sort()).toEqual([POLICE, HOUSING].sort());
    expect(admin.sets.every((set) => !set.canOpen && !set.canAdd && set.canManage)).toBe(true);
    expect(admin.agenciesWithoutSet).toContain('Education');
    expect(admin.agenciesWithoutSet).not.toContain(POLICE);
  });

  it('holds in the cryptography: no one else’s private key opens a file key, whatever the code allows', async () => {
    for (const person of [PEOPLE.admin, PEOPLE.businessUnit, PEOPLE.housingRep, PEOPLE.policeDeputy]) {
      const userId = await signIn(fixture, person);
      const session = fixture.desktop.requireSession();
      const policeRepId = events(fixture, 'secured.set-up')[0]!.details!.representativeId as string;
      for (const fileId of [businessUnitFile, representativeFile]) {
        await expect(unsealFileKey(session.store, fileId, session.privateKey, userRecipient(userId)), `${person}'s own slot`).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
        await expect(unsealFileKey(session.store, fileId, session.privateKey, userRecipient(policeRepId)), `${person} in the representative's slot`).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
      }
    }
  });

  it('refuses "open in default app" when an administrator has turned it off, and still allows a working copy', async () => {
    await signIn(fixture, PEOPLE.admin);
    expect(await call(fixture, 'vault.setOpenInDefaultApp', { allowed: false })).toEqual({ allowed: false });
    await signIn(fixture, PEOPLE.policeRep);
    expect((await call<VaultView>(fixture, 'vault.get', { reference })).openInDefaultAppAllowed).toBe(false);
    const error = await refused(fixture, 'vault.open', { reference, agency: POLICE, fileId: representativeFile, purpose: PURPOSE, mode: 'open' });
    expect(error).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(error.message).toContain('Save a working copy instead');
    expect(events(fixture, 'secured.refused').at(-1)).toMatchObject({ details: { reason: 'setting-off' } });
    expect(openCopiesFiles(fixture)).toEqual([]);
    expect((await copyOf(fixture, reference, POLICE, representativeFile)).bytes.equals(bytes.byRepresentative)).toBe(true);
    expect(await refused(fixture, 'vault.setOpenInDefaultApp', { allowed: true })).toMatchObject({ code: 'NOT_ALLOWED' });
  });

  it('asks for a purpose on every access', async () => {
    await signIn(fixture, PEOPLE.policeRep);
    const error = await refused(fixture, 'vault.open', { reference, agency: POLICE, fileId: representativeFile, purpose: 'because', mode: 'copy' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/purpose/i);
  });
});
