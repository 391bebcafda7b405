import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flagRepeat, readCaseLearning, removeRepeat, saveFamilyFeedback, tagThemes } from '../../../main/learning/case-learning.ts';
import { readThemes, retireTheme } from '../../../main/learning/themes.ts';
import type { Session } from '../../../main/security/session.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../../shared/working-days.ts';
import { addEvent, addFamilyFeedback, auditCount, auditDetails, count, flagRepeatOf, makeEvidenceStore, newCase, refusalOf, tagCase, testChange, type EvidenceStore } from './learning-fixture.ts';

function themeId(session: Session, name: string): number {
  return readThemes(session).themes.find((recurrence) => recurrence.theme.name === name)!.theme.id;
}

describe('a case’s learning themes', () => {
  let store: EvidenceStore;
  let officer: Session;
  let made: { reference: string; id: number };
  beforeEach(async () => {
    store = await makeEvidenceStore();
    officer = store.officer;
    made = newCase(officer);
  });
  afterEach(() => store.cleanup());

  it('offers the themes in use, replaces the case’s set, and audits the count only', () => {
    const first = readCaseLearning(officer, made.reference);
    expect(first).toMatchObject({ reference: made.reference, canChange: true, tagged: [], repeatIncidents: [], suggestions: [], familyFeedback: [], events: [] });
    expect(first.themes).toHaveLength(5);
    const sharing = themeId(officer, 'Information Sharing');
    const history = themeId(officer, 'Significance of History');
    expect(tagThemes(officer, made.reference, [sharing, history, sharing]).tagged).toEqual([sharing, history].sort((a, b) => a - b));
    expect(tagThemes(officer, made.reference, [history]).tagged).toEqual([history]);
    expect(auditDetails(officer, 'learning.themes-tagged')).toEqual([
      { caseId: made.id, themes: 2 },
      { caseId: made.id, themes: 1 },
    ]);
  });

  it('keeps a retired theme already on the case, offers it there only, and refuses to add it anew', () => {
    const other = newCase(officer);
    const history = themeId(officer, 'Significance of History');
    const sharing = themeId(officer, 'Information Sharing');
    tagThemes(officer, made.reference, [history]);
    retireTheme(officer, history, true);
    const here = readCaseLearning(officer, made.reference);
    expect(here.themes.find((theme) => theme.id === history)).toMatchObject({ retired: true });
    expect(readCaseLearning(officer, other.reference).themes.some((theme) => theme.id === history)).toBe(false);
    // Kept while another is added: allowed.
    expect(tagThemes(officer, made.reference, [history, sharing]).tagged).toEqual([history, sharing].sort((a, b) => a - b));
    const before = { tags: count(officer, 'case_themes'), events: auditCount(officer) };
    const refusal = refusalOf(() => tagThemes(officer, other.reference, [sharing, history]));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.problems).toEqual([{ path: 'themeIds.1', message: '“Significance of History” is retired: it stays on the cases it was tagged on but cannot be added to others' }]);
    // Once taken off, a retired theme cannot come back either.
    tagThemes(officer, made.reference, [sharing]);
    expect(refusalOf(() => tagThemes(officer, made.reference, [sharing, history])).code).toBe('INVALID_INPUT');
    expect(count(officer, 'case_themes')).toBe(before.tags - 1);
    expect(auditCount(officer)).toBe(before.events + 1);
  });

  it('refuses a theme id that does not exist and tags nothing', () => {
    const sharing = themeId(officer, 'Information Sharing');
    const refusal = refusalOf(() => tagThemes(officer, made.reference, [sharing, 4242]));
    expect(refusal.problems).toEqual([{ path: 'themeIds.1', message: 'There is no learning theme with id 4242: reload the page and choose again' }]);
    expect(readCaseLearning(officer, made.reference).tagged).toEqual([]);
  });

  it('writes the tags and their audit event in one transaction: when the event fails, the tags are not kept', () => {
    testChange(officer, `CREATE TRIGGER fail_tagging BEFORE INSERT ON audit_events WHEN NEW.action = 'learning.themes-tagged' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    expect(() => tagThemes(officer, made.reference, [themeId(officer, 'Information Sharing')])).toThrow(/simulated failure/);
    expect(count(officer, 'case_themes')).toBe(0);
  });

  it('lets a case’s lead reviewer read its learning but change nothing, and refuses them another case', async () => {
    const other = newCase(officer);
    tagCase(officer, other.reference, ['Information Sharing']);
    const reviewer = await store.signIn('Ines Reviewer', 'lead-reviewer', made.reference);
    expect(readCaseLearning(reviewer, made.reference).canChange).toBe(false);
    expect(refusalOf(() => tagThemes(reviewer, made.reference, [])).code).toBe('NOT_ALLOWED');
    expect(refusalOf(() => addFamilyFeedback(reviewer, made.reference)).code).toBe('NOT_ALLOWED');
    const refusal = refusalOf(() => readCaseLearning(reviewer, other.reference));
    expect(refusal.code).toBe('NOT_ALLOWED');
    expect(auditDetails(officer, 'access.refused').at(-1)).toMatchObject({ permission: 'cases.read' });
  });

  it('shows the learning events that share this case’s learning', () => {
    addEvent(officer, { title: 'About this review', reference: made.reference.toLowerCase() });
    addEvent(officer, { title: 'About a theme' });
    expect(readCaseLearning(officer, made.reference).events.map((event) => [event.title, event.reference])).toEqual([['About this review', made.reference]]);
  });
});

describe('repeat incidents', () => {
  let store: EvidenceStore;
  let officer: Session;
  let earlier: { reference: string; id: number };
  let later: { reference: string; id: number };
  beforeEach(async () => {
    store = await makeEvidenceStore();
    officer = store.officer;
    earlier = newCase(officer, { incidentDate: '2024-06-01', referralDate: '2024-06-03' });
    later = newCase(officer, { incidentDate: '2025-11-03', referralDate: '2025-11-04' });
  });
  afterEach(() => store.cleanup());

  it('flags a repeat of an earlier case, shows who flagged it, and removes it; audits ids only', () => {
    const repeatId = flagRepeatOf(officer, later.reference, earlier.reference.toLowerCase(), 'Invented: same household, same concerns.');
    const view = readCaseLearning(officer, later.reference);
    expect(view.repeatIncidents).toEqual([{ id: repeatId, earlierReference: earlier.reference, note: 'Invented: same household, same concerns.', flaggedOn: todayInLondon(), flaggedBy: 'Ffion Officer' }]);
    expect(auditDetails(officer, 'learning.repeat-flagged')).toEqual([{ caseId: later.id, repeatId, earlierCaseId: earlier.id }]);
    expect(removeRepeat(officer, later.reference, repeatId).repeatIncidents).toEqual([]);
    expect(auditDetails(officer, 'learning.repeat-removed')).toEqual([{ caseId: later.id, repeatId, earlierCaseId: earlier.id }]);
    expect(refusalOf(() => removeRepeat(officer, later.reference, repeatId)).code).toBe('NOT_FOUND');
  });

  it('refuses an unknown case, the case itself, a later case and a repeat already flagged, naming the field', () => {
    const refused = (earlierReference: string) => refusalOf(() => flagRepeat(officer, later.reference, { earlierReference, note: '' }));
    expect(refused('PRM-1999-001').problems).toEqual([{ path: 'incident.earlierReference', message: 'There is no case with reference PRM-1999-001. Check the reference' }]);
    expect(refused(later.reference).problems[0]!.message).toBe('Enter the reference of an earlier case, not this one');
    const backwards = refusalOf(() => flagRepeat(officer, earlier.reference, { earlierReference: later.reference, note: '' }));
    expect(backwards.problems[0]!.message).toBe(`${later.reference} was referred after this case. Flag the repeat incident on the later case instead`);
    flagRepeatOf(officer, later.reference, earlier.reference);
    const twice = refused(earlier.reference);
    expect(twice.code).toBe('CONFLICT');
    expect(count(officer, 'repeat_incidents')).toBe(1);
  });

  it('refuses someone who may read the case but not change it, and records the refusal', async () => {
    const reviewer = await store.signIn('Ines Reviewer', 'lead-reviewer', later.reference);
    expect(refusalOf(() => flagRepeat(reviewer, later.reference, { earlierReference: earlier.reference, note: '' })).code).toBe('NOT_ALLOWED');
    expect(auditDetails(officer, 'access.refused').at(-1)).toMatchObject({ permission: 'cases.edit' });
    expect(count(officer, 'repeat_incidents')).toBe(0);
  });
});

describe('the family’s feedback', () => {
  let store: EvidenceStore;
  let officer: Session;
  let made: { reference: string; id: number };
  beforeEach(async () => {
    store = await makeEvidenceStore();
    officer = store.officer;
    made = newCase(officer);
  });
  afterEach(() => store.cleanup());

  it('records feedback, corrects it, lists the latest first, and audits ids only', () => {
    const first = addFamilyFeedback(officer, made.reference, { receivedOn: '2025-12-01', sensitive: 'partly', comments: 'Invented: more notice of meetings, please.' });
    const second = addFamilyFeedback(officer, made.reference, { receivedOn: '2026-01-10' });
    const corrected = saveFamilyFeedback(officer, made.reference, first, { receivedOn: '2025-12-02', sensitive: 'no', comments: '' });
    expect(corrected.familyFeedback).toEqual([
      { id: second, receivedOn: '2026-01-10', sensitive: 'yes', comments: 'Invented: the family felt listened to.' },
      { id: first, receivedOn: '2025-12-02', sensitive: 'no', comments: '' },
    ]);
    expect(auditDetails(officer, 'learning.family-feedback-saved')).toEqual([
      { caseId: made.id, feedbackId: first, edited: false },
      { caseId: made.id, feedbackId: second, edited: false },
      { caseId: made.id, feedbackId: first, edited: true },
    ]);
  });

  it('refuses a date in the future, a missing answer, and feedback that belongs to another case', () => {
    const tomorrow = addCalendarDays(todayInLondon(), 1);
    expect(refusalOf(() => addFamilyFeedback(officer, made.reference, { receivedOn: tomorrow })).problems).toEqual([{ path: 'feedback.receivedOn', message: 'The date the feedback was given cannot be in the future' }]);
    expect(refusalOf(() => addFamilyFeedback(officer, made.reference, { sensitive: 'maybe' as 'yes' })).problems).toEqual([
      { path: 'feedback.sensitive', message: 'Choose whether the family felt the review was sensitive to them' },
    ]);
    const other = newCase(officer);
    const elsewhere = addFamilyFeedback(officer, other.reference);
    expect(refusalOf(() => saveFamilyFeedback(officer, made.reference, elsewhere, { receivedOn: '2025-12-01', sensitive: 'yes', comments: '' })).code).toBe('NOT_FOUND');
    expect(count(officer, 'family_feedback')).toBe(1);
  });
});
