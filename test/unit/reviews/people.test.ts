import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { removePerson, savePerson } from '../../../main/reviews/people.ts';
import { childCode, describeChildren, letterCode, nextChildCode } from '../../../main/reviews/publication-names.ts';
import { nameTokens, normaliseName, searchTermsFor } from '../../../main/reviews/search-terms.ts';
import { listPeople } from '../../../main/store/repositories/case-people.ts';
import { writePublicationNaming } from '../../../main/store/repositories/policy-settings.ts';
import { addCase, auditActions, child, makeCaseStore, type CaseStore } from './people-fixture.ts';

function problemsOf(action: () => unknown): { code: string; problems: readonly { path: string; message: string }[] } {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, problems: error.problems };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('names to publish under', () => {
  it('counts letter codes like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letterCode)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(childCode('Child AB')).toBe('AB');
    expect(childCode('Mother')).toBeNull();
    expect(nextChildCode(['Child A', 'Mother', 'Child C'])).toBe('Child B');
  });

  it('describes a case’s children as a report names them', () => {
    expect(describeChildren(['Child A'])).toBe('Child A');
    expect(describeChildren(['Child C', 'Child D'])).toBe('Children C and D');
    expect(describeChildren(['Child F', 'Child G', 'Child H'])).toBe('Children F, G and H');
    expect(describeChildren(['Tom', 'Lily', 'Sam'])).toBe('Tom, Lily and Sam');
    expect(describeChildren([])).toBe('');
  });
});

describe('search terms', () => {
  it('folds accents, case, apostrophes and hyphens the same way for names and searches', () => {
    expect(normaliseName('Zoë O’Brien-Smith')).toBe('zoe obrien smith');
    expect(normaliseName("  ZOE  o'brien smith ")).toBe('zoe obrien smith');
    expect(nameTokens('Çelik, Jürgen')).toEqual(['celik', 'jurgen']);
    expect(searchTermsFor({ givenNames: 'Zoë', familyName: 'Brien-Smith', otherNames: ['Zoe Smyth', 'zoe smyth'], datesOfBirth: ['2019-04-11'] })).toEqual([
      { kind: 'name', term: 'zoe brien smith' },
      { kind: 'other-name', term: 'zoe smyth' },
      { kind: 'date-of-birth', term: '2019-04-11' },
    ]);
  });
});

describe('the people on a case', () => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await makeCaseStore();
  });
  afterEach(() => store.cleanup());

  it('keeps every identifying detail of a person, and their search terms, through a save and a change', () => {
    const record = addCase(store.officer, { referralDate: '2026-03-02' });
    const person = {
      role: 'family-member' as const,
      givenNames: 'Marnie',
      familyName: 'Feltwell',
      otherNames: ['Marnie Tasker', 'Marn'],
      datesOfBirth: ['1994-07-30', '1994-03-07'],
      dateOfDeath: null,
      addresses: ['14 Larkspur Close, Exampleton, EX1 2AB'],
      contactDetails: ['07700 900123', 'marnie.feltwell@example.com'],
      relationship: 'mother',
      agency: '',
      publishAs: '',
      notes: 'Moved twice in the year before the incident.',
    };
    const view = savePerson(store.officer, record.reference, person);
    const saved = view.people.find((entry) => entry.givenNames === 'Marnie')!;
    expect(saved).toEqual({ ...person, id: saved.id, publishAs: 'Mother' });
    expect(listPeople(store.officer.store.db, record.id)).toEqual([saved]);

    savePerson(store.officer, record.reference, { ...person, id: saved.id, familyName: 'Tasker', otherNames: ['Marnie Feltwell'], publishAs: 'Parent 1' });
    const changed = listPeople(store.officer.store.db, record.id);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ id: saved.id, familyName: 'Tasker', otherNames: ['Marnie Feltwell'], publishAs: 'Parent 1' });
    const terms = store.officer.store.db.prepare('SELECT kind, term FROM person_search_terms WHERE person_id = ? ORDER BY kind, term').all(saved.id);
    expect(terms).toEqual([
      { kind: 'date-of-birth', term: '1994-03-07' },
      { kind: 'date-of-birth', term: '1994-07-30' },
      { kind: 'name', term: 'marnie tasker' },
      { kind: 'other-name', term: 'marnie feltwell' },
    ]);
    const events = auditActions(store.officer, 'person.saved');
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(JSON.parse(event.body!)).toEqual({ personId: saved.id, role: 'family-member' });
      expect(event.body).not.toMatch(/Marnie|Feltwell|Tasker/);
    }
  });

  it('gives children the next letter code in the whole store, across cases, and keeps a child’s code on a later save', () => {
    const first = addCase(store.officer, { referralDate: '2026-01-12' });
    const second = addCase(store.officer, { referralDate: '2026-02-03' });
    savePerson(store.officer, first.reference, child('Ottilie', 'Brackwater'));
    const afterFirst = savePerson(store.officer, first.reference, child('Rowan', 'Brackwater'));
    expect(afterFirst.people.map((person) => person.publishAs)).toEqual(['Child A', 'Child B']);

    savePerson(store.officer, second.reference, child('Ezra', 'Quillfeather'));
    savePerson(store.officer, second.reference, { role: 'practitioner', givenNames: 'Dana', familyName: 'Mossop', relationship: 'health visitor' });
    savePerson(store.officer, second.reference, { role: 'family-member', givenNames: 'Ivo', familyName: 'Quillfeather' });
    const afterSecond = savePerson(store.officer, second.reference, child('Juno', 'Quillfeather'));
    expect(afterSecond.people.map((person) => person.publishAs)).toEqual(['Child C', 'Child D', 'Family member', 'Health visitor']);
    expect(describeChildren(afterSecond.people.filter((person) => person.role === 'child').map((person) => person.publishAs))).toBe('Children C and D');

    const ezra = afterSecond.people.find((person) => person.givenNames === 'Ezra')!;
    const resaved = savePerson(store.officer, second.reference, { ...ezra, notes: 'Attends nursery three days a week.', publishAs: '' });
    expect(resaved.people.find((person) => person.id === ezra.id)!.publishAs).toBe('Child C');
  });

  it('refuses an empty name to publish under when the partnership uses pseudonyms, and saves nothing', () => {
    const record = addCase(store.officer, { referralDate: '2026-03-02' });
    store.temp.session.store.change((db, audit) => {
      writePublicationNaming(db, 'pseudonyms');
      audit({ actorId: store.temp.session.userId, action: 'settings.changed', recordType: 'setting', recordId: 'publication_naming' });
    });
    expect(problemsOf(() => savePerson(store.officer, record.reference, child('Pip', 'Sallow')))).toEqual({
      code: 'INVALID_INPUT',
      problems: [{ path: 'person.publishAs', message: 'Enter the name to publish under: the partnership uses chosen pseudonyms' }],
    });
    expect(listPeople(store.officer.store.db, record.id)).toEqual([]);
    const saved = savePerson(store.officer, record.reference, child('Pip', 'Sallow', { publishAs: 'Robin' }));
    expect(saved.people.map((person) => person.publishAs)).toEqual(['Robin']);
  });

  it('refuses impossible dates beside their fields: a birth in the future, a death before birth', () => {
    const record = addCase(store.officer, { referralDate: '2026-03-02' });
    expect(problemsOf(() => savePerson(store.officer, record.reference, child('Wren', 'Alder', { datesOfBirth: ['2018-05-01', '2199-01-01'] })))).toEqual({
      code: 'INVALID_INPUT',
      problems: [{ path: 'person.datesOfBirth.1', message: expect.stringMatching(/^The date of birth must be today \(\d{4}-\d{2}-\d{2}\) or earlier$/) }],
    });
    expect(problemsOf(() => savePerson(store.officer, record.reference, child('Wren', 'Alder', { datesOfBirth: ['2020-05-01'], dateOfDeath: '2020-04-30' })))).toEqual({
      code: 'INVALID_INPUT',
      problems: [{ path: 'person.dateOfDeath', message: 'The date of death must be on or after the date of birth (2020-05-01)' }],
    });
    expect(problemsOf(() => savePerson(store.officer, record.reference, child('', 'Alder')))).toMatchObject({ code: 'INVALID_INPUT', problems: [{ path: 'person.givenNames' }] });
    expect(problemsOf(() => savePerson(store.officer, record.reference, child('Wren', 'Alder', { publishAs: 'wren alder' })))).toMatchObject({ problems: [{ path: 'person.publishAs' }] });
    expect(listPeople(store.officer.store.db, record.id)).toEqual([]);
  });

  it('removes a person with their search terms, audited by id and role only', () => {
    const record = addCase(store.officer, { referralDate: '2026-03-02' });
    const view = savePerson(store.officer, record.reference, child('Tamsin', 'Greenhalgh', { otherNames: ['Tam Green'] }));
    const id = view.people[0]!.id;
    const after = removePerson(store.officer, record.reference, id);
    expect(after.people).toEqual([]);
    expect(store.officer.store.db.prepare('SELECT count(*) AS n FROM person_search_terms WHERE person_id = ?').get(id)).toEqual({ n: 0 });
    expect(auditActions(store.officer, 'person.removed').map((event) => JSON.parse(event.body!))).toEqual([{ personId: id, role: 'child' }]);
    expect(problemsOf(() => removePerson(store.officer, record.reference, id)).code).toBe('NOT_FOUND');
  });

  it('refuses someone who may not change the case, and records the refusal', async () => {
    const record = addCase(store.officer, { referralDate: '2026-03-02' });
    const scrutineer = await store.signIn('Kit Scrutineer', 'scrutineer');
    expect(problemsOf(() => savePerson(scrutineer, record.reference, child('Ada', 'Penhale'))).code).toBe('NOT_ALLOWED');
    expect(listPeople(store.officer.store.db, record.id)).toEqual([]);
    expect(auditActions(store.officer, 'access.refused')).toEqual([{ record_id: String(record.id), body: expect.stringContaining('cases.edit') }]);
  });
});
