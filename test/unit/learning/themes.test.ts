import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEEDED_THEMES, type ThemesView } from '../../../shared/learning/learning.ts';
import { addTheme, readThemes, renameTheme, retireTheme } from '../../../main/learning/themes.ts';
import type { Session } from '../../../main/security/session.ts';
import { auditCount, auditDetails, count, goodOutcome, lastAuditAction, makeEvidenceStore, newCase, refusalOf, tagCase, type EvidenceStore } from './learning-fixture.ts';

const named = (view: ThemesView, name: string) => view.themes.find((recurrence) => recurrence.theme.name === name)!;

describe('the managed list of learning themes', () => {
  let store: EvidenceStore;
  let officer: Session;
  beforeEach(async () => {
    store = await makeEvidenceStore();
    officer = store.officer;
  });
  afterEach(() => store.cleanup());

  it('starts with the 2017–18 themes, none used yet, each with the key its figures are named by', () => {
    const view = readThemes(officer);
    expect(view.themes.map((recurrence) => recurrence.theme.name).sort()).toEqual([...SEEDED_THEMES].sort());
    expect(view.themes.every((recurrence) => recurrence.cases === 0 && !recurrence.theme.retired)).toBe(true);
    expect(named(view, 'Child’s Lived Experience').theme.key).toBe('childs_lived_experience');
    expect(view).toMatchObject({ canManage: true, years: [] });
  });

  it('adds a theme and audits it by id only', () => {
    const view = addTheme(officer, '  Neglect and its cumulative harm ');
    const added = named(view, 'Neglect and its cumulative harm');
    expect(added.theme).toMatchObject({ retired: false, key: 'neglect_and_its_cumulative_harm' });
    expect(lastAuditAction(officer)).toBe('learning.theme-added');
    expect(auditDetails(officer, 'learning.theme-added')).toEqual([{ themeId: added.theme.id }]);
  });

  it('refuses a name another theme has, ignoring case, accents and punctuation, and writes nothing', () => {
    addTheme(officer, 'Fathers and male carers');
    const before = { themes: count(officer, 'learning_themes'), events: auditCount(officer) };
    for (const name of ['INFORMATION SHARING', 'Childs lived experience', 'Fâthers and male carers']) {
      const refusal = refusalOf(() => addTheme(officer, name));
      expect(refusal.code).toBe('CONFLICT');
      expect(refusal.problems[0]!.path).toBe('name');
    }
    expect(refusalOf(() => addTheme(officer, 'information sharing')).message).toBe('There is already a theme called “Information Sharing”. Enter a different name.');
    const empty = refusalOf(() => addTheme(officer, '   '));
    expect(empty.code).toBe('INVALID_INPUT');
    expect(empty.problems).toEqual([{ path: 'name', message: 'Enter the theme' }]);
    expect({ themes: count(officer, 'learning_themes'), events: auditCount(officer) }).toEqual(before);
  });

  it('renames a theme, allows a change of case to its own name, and refuses another theme’s name or an unknown id', () => {
    const id = named(readThemes(officer), 'Professional Challenge').theme.id;
    const renamed = renameTheme(officer, id, 'Professional curiosity and challenge');
    expect(renamed.themes.find((recurrence) => recurrence.theme.id === id)!.theme.name).toBe('Professional curiosity and challenge');
    expect(auditDetails(officer, 'learning.theme-renamed')).toEqual([{ themeId: id }]);
    expect(renameTheme(officer, id, 'PROFESSIONAL CURIOSITY AND CHALLENGE').themes.find((recurrence) => recurrence.theme.id === id)!.theme.name).toBe('PROFESSIONAL CURIOSITY AND CHALLENGE');
    expect(refusalOf(() => renameTheme(officer, id, 'Information sharing')).code).toBe('CONFLICT');
    expect(refusalOf(() => renameTheme(officer, 9999, 'Anything new')).code).toBe('NOT_FOUND');
  });

  it('retires a theme, which stays on its cases, and brings it back', () => {
    const made = newCase(officer);
    tagCase(officer, made.reference, ['Significance of History']);
    const id = named(readThemes(officer), 'Significance of History').theme.id;
    const retired = retireTheme(officer, id, true);
    const recurrence = retired.themes.find((candidate) => candidate.theme.id === id)!;
    expect(recurrence.theme.retired).toBe(true);
    expect(recurrence.caseList.map((item) => item.reference)).toEqual([made.reference]);
    // Retired themes are listed after those in use.
    expect(retired.themes.at(-1)!.theme.id).toBe(id);
    expect(auditDetails(officer, 'learning.theme-retired')).toEqual([{ themeId: id, retired: true }]);
    const events = auditCount(officer);
    retireTheme(officer, id, true);
    expect(auditCount(officer)).toBe(events);
    expect(named(retireTheme(officer, id, false), 'Significance of History').theme.retired).toBe(false);
    expect(refusalOf(() => retireTheme(officer, 9999, true)).code).toBe('NOT_FOUND');
  });

  it('refuses a screening panel member who tries to change the list, and records the refusal, while letting them see it', async () => {
    const panel = await store.signIn('Sol Panelmember', 'screening-panel');
    const id = named(readThemes(panel), 'Information Sharing').theme.id;
    const before = count(officer, 'learning_themes');
    for (const attempt of [() => addTheme(panel, 'Exploitation'), () => renameTheme(panel, id, 'Sharing'), () => retireTheme(panel, id, true)]) {
      expect(refusalOf(attempt).code).toBe('NOT_ALLOWED');
    }
    expect(count(officer, 'learning_themes')).toBe(before);
    expect(named(readThemes(officer), 'Information Sharing').theme.retired).toBe(false);
    expect(auditDetails(officer, 'access.refused').filter((details) => details.permission === 'learning.manage')).toHaveLength(3);
    expect(readThemes(panel).canManage).toBe(false);
  });

  it('refuses the themes view to someone who may not list cases', async () => {
    const reviewer = await store.signIn('Ines Reviewer', 'lead-reviewer', newCase(officer).reference);
    expect(refusalOf(() => readThemes(reviewer)).code).toBe('NOT_ALLOWED');
  });
});

describe('how often each theme recurs', () => {
  let store: EvidenceStore;
  let officer: Session;
  beforeEach(async () => {
    store = await makeEvidenceStore();
    officer = store.officer;
  });
  afterEach(() => store.cleanup());

  it('counts each theme’s cases by kind and by the financial year of the referral, newest year first', () => {
    // 2024–25: two rapid reviews (one on the year's last day); 2025–26: a rapid review (on its first day) and a good outcome review.
    const a = newCase(officer, { incidentDate: '2024-05-08', referralDate: '2024-05-10' });
    const b = newCase(officer, { incidentDate: '2025-03-30', referralDate: '2025-03-31' });
    const c = newCase(officer, { incidentDate: '2025-03-31', referralDate: '2025-04-01' });
    const d = newCase(officer, { kindRequested: 'good-outcome-review', incidentDate: '2025-09-01', referralDate: '2025-09-02', goodOutcome: goodOutcome() });
    newCase(officer, { incidentDate: '2025-10-01', referralDate: '2025-10-02' });
    tagCase(officer, a.reference, ['Information Sharing', 'Significance of History']);
    tagCase(officer, b.reference, ['Information Sharing']);
    tagCase(officer, c.reference, ['information sharing', 'Professional Challenge']);
    tagCase(officer, d.reference, ['Information Sharing', 'Professional Challenge']);

    const view = readThemes(officer);
    expect(view.years).toEqual(['2025–26', '2024–25']);
    const sharing = named(view, 'Information Sharing');
    expect(sharing.cases).toBe(4);
    expect(sharing.byKind).toEqual({ 'rapid-review': 3, 'good-outcome-review': 1 });
    expect(sharing.byYear).toEqual({ '2024–25': 2, '2025–26': 2 });
    expect(sharing.caseList).toEqual([
      { reference: d.reference, kind: 'good-outcome-review', year: '2025–26', stage: 'referral' },
      { reference: c.reference, kind: 'rapid-review', year: '2025–26', stage: 'referral' },
      { reference: b.reference, kind: 'rapid-review', year: '2024–25', stage: 'referral' },
      { reference: a.reference, kind: 'rapid-review', year: '2024–25', stage: 'referral' },
    ]);
    expect(named(view, 'Professional Challenge')).toMatchObject({ cases: 2, byKind: { 'rapid-review': 1, 'good-outcome-review': 1 }, byYear: { '2025–26': 2 } });
    expect(named(view, 'Significance of History')).toMatchObject({ cases: 1, byYear: { '2024–25': 1 } });
    expect(named(view, 'Parents’ Capacity to Change')).toMatchObject({ cases: 0, byKind: {}, byYear: {}, caseList: [] });
  });
});
