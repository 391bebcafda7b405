import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLOCK_POLICY } from '../../../shared/reviews/clocks.ts';
import { dueDateFor } from '../../../shared/reviews/clock-status.ts';
import { storeCalendar } from '../../../main/reviews/calendar.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral, addDemoCases } from '../../../main/reviews/demo-cases.ts';
import { writeClockPolicy } from '../../../main/store/repositories/policy-settings.ts';
import { LA, makeLifecycleStore, meeting, refusalOf, type LifecycleStore } from './lifecycle-fixture.ts';

let store: LifecycleStore;
beforeAll(async () => {
  store = await makeLifecycleStore();
});
afterAll(() => store.cleanup());

const screening = (decidedOn: string) => ({ type: 'screening' as const, data: { decidedOn, decision: 'rapid-review' as const, rationale: 'Serious harm.', panel: [{ name: 'Ash Panelmember', organisation: LA }] } });

describe('the clocks of a case', () => {
  it('counts screening across Christmas 2025 and keeps a missed deadline as missed', () => {
    // Friday 19 December 2025: Mon 22 (1), Tue 23 (2), Wed 24 (3), Christmas and Boxing Day, Mon 29 (4), Tue 30 (5).
    let view = createCase(store.officer, demoReferral({ incidentDate: '2025-12-16', referralDate: '2025-12-19' }));
    expect(view.clocks.find((clock) => clock.clock === 'screening')).toMatchObject({ startsOn: '2025-12-19', dueOn: '2025-12-30', state: 'open', rag: 'red' });
    // Made within 5 days of the incident on the 16th: due the 21st, met on the 19th.
    expect(view.clocks.find((clock) => clock.clock === 'referral')).toMatchObject({ dueOn: '2025-12-21', completedOn: '2025-12-19', state: 'met', rag: null });
    view = saveRecord(store.officer, view.summary.reference, null, screening('2025-12-31'));
    expect(view.clocks.find((clock) => clock.clock === 'screening')).toMatchObject({ dueOn: '2025-12-30', completedOn: '2025-12-31', state: 'missed', rag: 'red' });
    view = saveRecord(store.officer, view.summary.reference, null, screening('2025-12-30'));
    expect(view.clocks.find((clock) => clock.clock === 'screening')).toMatchObject({ state: 'met' });
    expect(view.timeline.find((stage) => stage.stage === 'screening')!.dueOn).toBe('2025-12-30');
  });

  it('works out a referral on Friday 18 December 2026 as due on Tuesday 29 December, past both bank holidays', () => {
    // Mon 21 (1), Tue 22 (2), Wed 23 (3), Thu 24 (4), Christmas Day, Boxing Day's substitute on Monday 28, Tue 29 (5).
    expect(dueDateFor('screening', '2026-12-18', 5, storeCalendar(store.officer.store.db))).toBe('2026-12-29');
  });

  it('keeps an already-started clock’s due date when the policy changes, and gives new clocks the new one', () => {
    const before = createCase(store.officer, demoReferral({ incidentDate: '2026-03-02', referralDate: '2026-03-02' }));
    store.officer.store.change((db, audit) => {
      writeClockPolicy(db, { ...DEFAULT_CLOCK_POLICY, amounts: { ...DEFAULT_CLOCK_POLICY.amounts, screening: 10 } });
      audit({ actorId: store.officer.userId, action: 'test.policy-changed', recordType: 'setting', recordId: 'clock_policy' });
    });
    try {
      const kept = saveRecord(store.officer, before.summary.reference, null, screening('2026-03-05'));
      expect(kept.clocks.find((clock) => clock.clock === 'screening')).toMatchObject({ dueOn: '2026-03-09', rule: 'Screening decision within 5 working days of receiving the referral', state: 'met' });
      const after = createCase(store.officer, demoReferral({ incidentDate: '2026-03-02', referralDate: '2026-03-02' }));
      expect(after.clocks.find((clock) => clock.clock === 'screening')).toMatchObject({ dueOn: '2026-03-16', rule: 'Screening decision within 10 working days of receiving the referral' });
    } finally {
      store.officer.store.change((db, audit) => {
        writeClockPolicy(db, DEFAULT_CLOCK_POLICY);
        audit({ actorId: store.officer.userId, action: 'test.policy-changed', recordType: 'setting', recordId: 'clock_policy' });
      });
    }
  });

  it('runs the papers clock in hours before the meeting, one per meeting, and shows a recorded exception', () => {
    let view = createCase(store.officer, demoReferral({ incidentDate: '2026-01-05', referralDate: '2026-01-06' }));
    view = saveRecord(store.officer, view.summary.reference, null, { type: 'meeting', data: meeting({ heldOn: '2026-01-13', startsAt: '10:00', papersSharedOn: '2026-01-12', papersSharedAt: '11:00', latePapersReason: 'Toxicology came late.' }) });
    const meetingId = view.records.find((record) => record.type === 'meeting')!.id;
    view = saveRecord(store.officer, view.summary.reference, null, { type: 'clock-exception', data: { clock: 'papers', subject: `meeting:${meetingId}`, reason: 'Toxicology came late.', panelToldOn: '2026-01-14' } });
    expect(view.clocks.find((clock) => clock.clock === 'papers')).toMatchObject({
      subject: `meeting:${meetingId}`,
      startsOn: '2026-01-13T10:00',
      dueOn: '2026-01-12T10:00',
      completedOn: '2026-01-12T11:00',
      state: 'missed',
      exception: { reason: 'Toxicology came late.', panelToldOn: '2026-01-14' },
    });
  });

  it('runs the Local Authority’s notification and the rapid review report from the notification', () => {
    let view = createCase(store.officer, demoReferral({ incidentDate: '2026-02-02', referralDate: '2026-02-03' }));
    view = saveRecord(store.officer, view.summary.reference, null, { type: 'notification', data: { laAwareOn: '2026-02-02', notifiedOn: '2026-02-04' } });
    expect(view.clocks.find((clock) => clock.clock === 'la-notification')).toMatchObject({ dueOn: '2026-02-09', state: 'met' });
    // 15 working days from Wednesday 4 February 2026.
    expect(view.clocks.find((clock) => clock.clock === 'rapid-review-report')).toMatchObject({ dueOn: '2026-02-25', state: 'open', rag: 'red' });
  });
});

describe('dates that cannot be', () => {
  it('returns every problem with a referral’s dates at once, each with its path', () => {
    const refusal = refusalOf(() => createCase(store.officer, demoReferral({ incidentDate: '2099-01-10', referralDate: '2099-01-02', agencies: ['Ministry of Nowhere'] })));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.problems).toEqual([
      { path: 'referral.incidentDate', message: 'The incident date cannot be in the future' },
      { path: 'referral.referralDate', message: 'The referral date cannot be in the future' },
      { path: 'referral.agencies', message: 'Choose agencies from the partnership’s list: “Ministry of Nowhere” is not on it' },
    ]);
    const after = refusalOf(() => createCase(store.officer, demoReferral({ incidentDate: '2026-05-10', referralDate: '2026-05-02' })));
    expect(after.problems).toEqual([{ path: 'referral.incidentDate', message: 'The incident date must be on or before the referral date (2026-05-02)' }]);
  });

  it('refuses a meeting before the referral and papers after the meeting, together', () => {
    const view = createCase(store.officer, demoReferral({ incidentDate: '2026-05-01', referralDate: '2026-05-04' }));
    const refusal = refusalOf(() => saveRecord(store.officer, view.summary.reference, null, { type: 'meeting', data: meeting({ heldOn: '2026-05-03', papersSharedOn: '2026-05-05' }) }));
    expect(refusal.problems).toEqual([
      { path: 'record.data.heldOn', message: 'The meeting date must be on or after the referral date (2026-05-04)' },
      { path: 'record.data.papersSharedOn', message: 'The date the papers were shared must be on or before the meeting date (2026-05-03)' },
    ]);
    const future = refusalOf(() => saveRecord(store.officer, view.summary.reference, null, screening('2099-05-06')));
    expect(future.problems).toEqual([{ path: 'record.data.decidedOn', message: 'The date of the screening decision cannot be in the future' }]);
    const missing = refusalOf(() => saveRecord(store.officer, view.summary.reference, null, { type: 'screening', data: { decision: 'rapid-review', panel: [] } as never }));
    expect(missing.problems.map((problem) => problem.path)).toEqual(['record.data.decidedOn', 'record.data.rationale', 'record.data.panel']);
    // A meeting may be scheduled for a future date.
    expect(saveRecord(store.officer, view.summary.reference, null, { type: 'meeting', data: meeting({ heldOn: '2099-05-10', papersSharedOn: null, papersSharedAt: null }) }).records).toHaveLength(2);
  });
});

describe('demonstration cases', () => {
  it('adds many varied cases quickly, in one audited change', () => {
    const started = performance.now();
    const cases = addDemoCases(store.temp.session, 300, new Date('2026-11-20T12:00:00Z'));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(cases).toHaveLength(300);
    expect(new Set(cases.map((row) => row.stage)).size).toBeGreaterThan(5);
    expect(cases.some((row) => row.kind === 'lcspr')).toBe(true);
    expect(cases.some((row) => row.closedOn !== null)).toBe(true);
    const db = store.officer.store.db;
    expect(db.prepare(`SELECT count(*) AS n FROM audit_events WHERE action = 'demo.cases-added'`).get()).toEqual({ n: 1 });
    expect((db.prepare(`SELECT count(*) AS n FROM case_clocks WHERE completed_on IS NULL AND due_on < '2026-11-20'`).get() as { n: number }).n).toBeGreaterThan(0);
    expect((db.prepare(`SELECT count(DISTINCT case_id) AS n FROM case_people WHERE role = 'child'`).get() as { n: number }).n).toBeGreaterThanOrEqual(300);
  });
});
