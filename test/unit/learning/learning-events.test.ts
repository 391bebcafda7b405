import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLearningEvents, saveLearningEvent } from '../../../main/learning/learning-events.ts';
import type { Session } from '../../../main/security/session.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../../shared/working-days.ts';
import { addEvent, auditCount, auditDetails, count, makeEvidenceStore, newCase, refusalOf, type EvidenceStore } from './learning-fixture.ts';

describe('learning events and reflective sessions', () => {
  let store: EvidenceStore;
  let officer: Session;
  beforeEach(async () => {
    store = await makeEvidenceStore();
    officer = store.officer;
  });
  afterEach(() => store.cleanup());

  it('records events, the latest held first, linked to a case by its reference, and audits ids and kinds', () => {
    const made = newCase(officer);
    const older = addEvent(officer, { title: 'Seeing the child', heldOn: '2025-10-01' });
    const newer = addEvent(officer, { kind: 'reflective-session', title: 'Reflecting on the rapid review', heldOn: '2025-12-04', reference: ` ${made.reference.toLowerCase()} `, attendance: 12, feedbackResponses: 12, understandBetter: 9 });
    const view = readLearningEvents(officer);
    expect(view.canManage).toBe(true);
    expect(view.events.map((event) => [event.id, event.kind, event.reference])).toEqual([
      [newer.id, 'reflective-session', made.reference],
      [older.id, 'learning-event', ''],
    ]);
    expect(newer).toMatchObject({ attendance: 12, feedbackResponses: 12, understandBetter: 9, heldOn: '2025-12-04' });
    expect(auditDetails(officer, 'learning.event-saved')).toEqual([
      { eventId: older.id, kind: 'learning-event', caseId: null, edited: false },
      { eventId: newer.id, kind: 'reflective-session', caseId: made.id, edited: false },
    ]);
  });

  it('corrects an event already recorded, and refuses an unknown one', () => {
    const event = addEvent(officer);
    const { id, ...fields } = event;
    const corrected = saveLearningEvent(officer, id, { ...fields, attendance: 40, notes: 'Invented: the room was full.' });
    expect(corrected.events).toEqual([{ ...event, attendance: 40, notes: 'Invented: the room was full.' }]);
    expect(auditDetails(officer, 'learning.event-saved').at(-1)).toEqual({ eventId: id, kind: 'learning-event', caseId: null, edited: true });
    expect(refusalOf(() => saveLearningEvent(officer, 777, fields)).code).toBe('NOT_FOUND');
    expect(count(officer, 'learning_events')).toBe(1);
  });

  it('refuses more feedback than attendance, or more who understand better than gave feedback, by field', () => {
    const before = auditCount(officer);
    expect(refusalOf(() => addEvent(officer, { attendance: 10, feedbackResponses: 11, understandBetter: 0 })).problems).toEqual([
      { path: 'event.feedbackResponses', message: 'Enter no more feedback responses than people who attended' },
    ]);
    expect(refusalOf(() => addEvent(officer, { attendance: 10, feedbackResponses: 5, understandBetter: 6 })).problems).toEqual([
      { path: 'event.understandBetter', message: 'Enter no more than the number who gave feedback' },
    ]);
    expect(refusalOf(() => addEvent(officer, { attendance: 2.5 })).problems[0]).toEqual({ path: 'event.attendance', message: 'Enter how many attended, as a whole number' });
    expect(count(officer, 'learning_events')).toBe(0);
    expect(auditCount(officer)).toBe(before);
  });

  it('refuses a date in the future, since an event is recorded after it is held, and an unknown case', () => {
    const tomorrow = addCalendarDays(todayInLondon(), 1);
    const refusal = refusalOf(() => addEvent(officer, { heldOn: tomorrow, reference: 'PRM-1999-001' }));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.problems).toEqual([
      { path: 'event.heldOn', message: 'The date it was held cannot be in the future: record an event after it has been held' },
      { path: 'event.reference', message: 'There is no case with reference PRM-1999-001: check it, or leave it empty for an event about a theme' },
    ]);
    expect(addEvent(officer, { heldOn: todayInLondon() }).heldOn).toBe(todayInLondon());
  });

  it('lets a screening panel member see the events but not record them', async () => {
    addEvent(officer);
    const panel = await store.signIn('Sol Panelmember', 'screening-panel');
    expect(readLearningEvents(panel)).toMatchObject({ canManage: false, events: [{ title: 'Invented learning event: seeing the child' }] });
    expect(refusalOf(() => addEvent(panel)).code).toBe('NOT_ALLOWED');
    expect(auditDetails(officer, 'access.refused').at(-1)).toMatchObject({ permission: 'learning.manage' });
    expect(count(officer, 'learning_events')).toBe(1);
  });
});
