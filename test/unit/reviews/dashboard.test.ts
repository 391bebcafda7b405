import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { dashboard, dashboardRows } from '../../../main/reviews/dashboard.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import { addCase, child, makeCaseStore, type CaseStore } from './people-fixture.ts';

function addClock(store: CaseStore, caseId: number, clock: string, startsOn: string, dueOn: string, completedOn: string | null = null): void {
  store.officer.store.change((db, audit) => {
    db.prepare('INSERT INTO case_clocks (case_id, clock, subject, starts_on, due_on, amount, completed_on) VALUES (?, ?, ?, ?, ?, 5, ?)').run(caseId, clock, '', startsOn, dueOn, completedOn);
    audit({ actorId: store.officer.userId, action: 'case.clock-started', recordType: 'case', recordId: caseId });
  });
}

describe('the dashboard', () => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await makeCaseStore();
  });
  afterEach(() => store.cleanup());

  it('shows each open case’s next clock with its RAG, overdue first, then by due date, then cases with nothing due', () => {
    // Friday 20 March 2026.
    const today = '2026-03-20';
    const overdue = addCase(store.officer, { referralDate: '2026-03-02', agencies: ['Housing', 'Education'] });
    const soon = addCase(store.officer, { referralDate: '2026-03-12' });
    const later = addCase(store.officer, { referralDate: '2026-03-16', stage: 'screening' });
    const quietNewer = addCase(store.officer, { referralDate: '2026-03-15' });
    const quietOlder = addCase(store.officer, { referralDate: '2026-03-10' });
    const closed = addCase(store.officer, { referralDate: '2026-01-05', closedOn: '2026-03-01' });

    addClock(store, overdue.id, 'screening', '2026-03-02', '2026-03-09');
    addClock(store, overdue.id, 'agency-returns', '2026-03-05', '2026-03-12');
    addClock(store, soon.id, 'screening', '2026-03-16', '2026-03-23');
    addClock(store, later.id, 'referral', '2026-03-11', '2026-03-16', '2026-03-16');
    addClock(store, later.id, 'screening', '2026-03-16', '2026-04-10');
    addClock(store, quietNewer.id, 'publication-kept', '2026-03-15', '2027-03-15');
    addClock(store, closed.id, 'screening', '2026-01-05', '2026-01-12');
    savePerson(store.officer, overdue.reference, child('Imogen', 'Thackeray'));
    savePerson(store.officer, overdue.reference, child('Felix', 'Thackeray'));
    savePerson(store.officer, overdue.reference, { role: 'family-member', givenNames: 'Hattie', familyName: 'Thackeray', relationship: 'mother' });

    const rows = dashboardRows(store.officer.store.db, false, today);
    expect(rows.map((row) => row.reference)).toEqual([overdue.reference, soon.reference, later.reference, quietNewer.reference, quietOlder.reference]);
    expect(rows[0]).toMatchObject({ agencies: ['Education', 'Housing'], children: ['Child A', 'Child B'], closedOn: null, kind: 'rapid-review', stage: 'referral' });
    expect(rows[0]!.nextClock).toMatchObject({ clock: 'screening', dueOn: '2026-03-09', state: 'open', rag: 'red', daysLeft: -9, exception: null });
    expect(rows[1]!.nextClock).toMatchObject({ clock: 'screening', dueOn: '2026-03-23', rag: 'amber', daysLeft: 1 });
    expect(rows[2]!.nextClock).toMatchObject({ clock: 'screening', dueOn: '2026-04-10', rag: 'green' });
    expect(rows[3]!.nextClock).toBeNull();
    expect(rows[3]!.children).toEqual([]);

    const all = dashboardRows(store.officer.store.db, true, today);
    expect(all.map((row) => row.reference)).toEqual([closed.reference, overdue.reference, soon.reference, later.reference, quietNewer.reference, quietOlder.reference]);
    expect(all[0]).toMatchObject({ closedOn: '2026-03-01', nextClock: { rag: 'red' } });
  });

  it('shows a referral opened months ago, never screened, as overdue with the clocks the case started', () => {
    const opened = createCase(store.officer, {
      kindRequested: 'rapid-review',
      referrerName: 'Morwenna Quaile',
      referrerAgency: 'Education',
      incidentDate: '2026-02-27',
      referralDate: '2026-03-02',
      criteriaDeathOrSeriousHarm: 'serious-harm',
      criteriaAbuseOrNeglect: true,
      leadConsulted: true,
      leadConsultedName: 'Designated safeguarding lead',
      familyConsulted: false,
      familyNotConsultedReason: 'Police investigation under way',
      aboutTheChild: 'Loves drawing and the school choir.',
      whatHappened: 'Admitted to hospital with unexplained injuries.',
      whyLearning: 'Several agencies knew of concerns.',
      agencies: ['Education', 'Housing'],
    });
    const row = dashboard(store.officer, { includeClosed: false }).cases.find((entry) => entry.reference === opened.summary.reference)!;
    const openClocks = opened.clocks.filter((clock) => clock.state === 'open' && clock.clock !== 'publication-kept').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    expect(openClocks.length).toBeGreaterThan(0);
    expect(row.nextClock).toMatchObject({ clock: openClocks[0]!.clock, dueOn: openClocks[0]!.dueOn, state: 'open', rag: 'red' });
    expect(row.nextClock!.daysLeft).toBeLessThan(0);
    expect(row.agencies).toEqual(['Education', 'Housing']);
  });

  it('carries a recorded delay on the clock it excuses', () => {
    const record = addCase(store.officer, { referralDate: '2026-03-02' });
    addClock(store, record.id, 'screening', '2026-03-02', '2026-03-09');
    store.officer.store.change((db, audit) => {
      db.prepare(`INSERT INTO case_records (case_id, type, data, entered_by, entered_at) VALUES (?, 'clock-exception', ?, ?, ?)`).run(
        record.id,
        JSON.stringify({ clock: 'screening', subject: '', reason: 'Toxicology results awaited', panelToldOn: '2026-03-10' }),
        store.officer.userId,
        new Date().toISOString(),
      );
      audit({ actorId: store.officer.userId, action: 'record.saved', recordType: 'case', recordId: record.id });
    });
    const [row] = dashboardRows(store.officer.store.db, false, '2026-03-20');
    expect(row!.nextClock!.exception).toEqual({ reason: 'Toxicology results awaited', panelToldOn: '2026-03-10' });
  });

  it('is for people who may list cases, and says which day it counted from', () => {
    addCase(store.officer, { referralDate: '2026-03-02' });
    const result = dashboard(store.officer, { includeClosed: false });
    expect(result.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.cases).toHaveLength(1);
    store.temp.session.store.db.prepare(`UPDATE assignments SET ended_at = ? WHERE user_id = ?`).run(new Date().toISOString(), store.officer.userId);
    let refused: unknown;
    try {
      dashboard(store.officer, { includeClosed: false });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('NOT_ALLOWED');
  });
});
