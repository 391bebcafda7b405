import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import { MAX_MATCHES, searchPeople } from '../../../main/reviews/person-search.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { addCase, auditActions, child, makeCaseStore, OFFICER_PASSPHRASE, type CaseStore } from './people-fixture.ts';

function refusal(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('searching for a person across cases', () => {
  let store: CaseStore;
  let older: { id: number; reference: string };
  let newer: { id: number; reference: string };
  beforeEach(async () => {
    store = await makeCaseStore();
    older = addCase(store.officer, { referralDate: '2024-06-10', closedOn: '2025-01-20' });
    newer = addCase(store.officer, { referralDate: '2026-09-14' });
    savePerson(store.officer, older.reference, child('Zoë', "O'Brien-Smith", { otherNames: ['Zoe Smyth'], datesOfBirth: ['2017-02-19'] }));
    savePerson(store.officer, older.reference, { role: 'family-member', givenNames: 'Carys', familyName: "O'Brien", datesOfBirth: ['1990-10-02'], relationship: 'mother' });
    savePerson(store.officer, newer.reference, child('Zoey', 'Smythe', { datesOfBirth: ['2017-02-19'] }));
    savePerson(store.officer, newer.reference, child('Arlo', 'Pennycook', { datesOfBirth: ['2021-08-01'] }));
  });
  afterEach(() => store.cleanup());

  it('finds a child in a closed case by an other name, and says what matched', () => {
    const matches = searchPeople(store.officer, { name: 'zoe smyth', dateOfBirth: null });
    // Contains matching also finds a spelling variant in the newer case: both are shown, each with its reason.
    expect(matches.map((match) => [match.caseReference, match.caseOpen, match.name, match.matchedOn])).toEqual([
      [newer.reference, true, 'Zoey Smythe', ['name']],
      [older.reference, false, "Zoë O'Brien-Smith", ['other name: Zoe Smyth']],
    ]);
    expect(matches[1]).toMatchObject({ role: 'child', otherNames: ['Zoe Smyth'], datesOfBirth: ['2017-02-19'], referralDate: '2024-06-10' });
  });

  it('folds accents, case and apostrophes: "ZOE OBRIEN" finds Zoë O’Brien-Smith', () => {
    const matches = searchPeople(store.officer, { name: 'ZOE OBRIEN', dateOfBirth: null });
    expect(matches.map((match) => match.name)).toEqual(["Zoë O'Brien-Smith"]);
    expect(matches[0]!.matchedOn).toEqual(['name']);
    expect(searchPeople(store.officer, { name: "o'brien", dateOfBirth: null }).map((match) => match.name).sort()).toEqual(["Carys O'Brien", "Zoë O'Brien-Smith"]);
  });

  it('finds everyone born on a date, in open and closed cases, the latest referral first', () => {
    const matches = searchPeople(store.officer, { name: '', dateOfBirth: '2017-02-19' });
    expect(matches.map((match) => [match.caseReference, match.name, match.matchedOn])).toEqual([
      [newer.reference, 'Zoey Smythe', ['date of birth']],
      [older.reference, "Zoë O'Brien-Smith", ['date of birth']],
    ]);
  });

  it('puts people matching both name and date of birth before those matching one', () => {
    const matches = searchPeople(store.officer, { name: 'Smith', dateOfBirth: '2017-02-19' });
    expect(matches.map((match) => [match.name, match.matchedOn])).toEqual([
      ["Zoë O'Brien-Smith", ['name', 'date of birth']],
      ['Zoey Smythe', ['date of birth']],
    ]);
    const either = searchPeople(store.officer, { name: 'Arlo', dateOfBirth: '2017-02-19' });
    expect(either.map((match) => match.name)).toEqual(['Zoey Smythe', 'Arlo Pennycook', "Zoë O'Brien-Smith"]);
    expect(MAX_MATCHES).toBe(200);
  });

  it('asks for a name of two letters or a date of birth, beside the name field', () => {
    expect(refusal(() => searchPeople(store.officer, { name: '  ', dateOfBirth: null }))).toMatchObject({ code: 'INVALID_INPUT', problems: [{ path: 'name', message: 'Enter a name or a date of birth to search for' }] });
    expect(refusal(() => searchPeople(store.officer, { name: ' Z ', dateOfBirth: null }))).toMatchObject({ code: 'INVALID_INPUT', problems: [{ path: 'name', message: 'Enter at least 2 letters of the name' }] });
  });

  it('audits each search with what was searched for, in the erasable details', () => {
    searchPeople(store.officer, { name: 'Pennycook', dateOfBirth: null });
    const events = auditActions(store.officer, 'people.searched');
    expect(events.map((event) => JSON.parse(event.body!))).toEqual([{ name: 'Pennycook', dateOfBirth: null, found: 1 }]);
  });

  it('refuses a lead reviewer, who may read their own case but not search every case', async () => {
    await addUser(store.temp.session, { name: 'Lee Reviewer', role: 'lead-reviewer', organisation: 'Business Unit', passphrase: OFFICER_PASSPHRASE });
    assignRole(store.temp.session, { targetUser: 'Lee Reviewer', role: 'lead-reviewer', caseReference: newer.reference });
    const reviewer = await unlock(store.temp.folder, 'Lee Reviewer', OFFICER_PASSPHRASE);
    try {
      expect(reviewer.can('cases.read', { caseId: newer.id })).toBe(true);
      expect(refusal(() => searchPeople(reviewer, { name: 'Zoe', dateOfBirth: null })).code).toBe('NOT_ALLOWED');
      expect(auditActions(store.officer, 'people.searched')).toEqual([]);
    } finally {
      reviewer.lock();
    }
  });
});
