import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryRows } from '../../../shared/figures/figures.ts';
import type { RecordInput } from '../../../shared/reviews/records.ts';
import { clockStatus, type StoredClock } from '../../../shared/reviews/clock-status.ts';
import { addCalendarDays, SHIPPED_CALENDAR } from '../../../shared/working-days.ts';
import { computeFigures } from '../../../main/figures/compute-figures.ts';
import { clockOutcome, daysTaken } from '../../../main/figures/timeliness.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import type { Session } from '../../../main/security/session.ts';
import { makeEvidenceStore, newCase, type EvidenceStore } from '../evidence/evidence-fixture.ts';

// June 2025: Monday 2 June, no bank holidays. Screening is due 5 working days after the referral.
const JUNE = { from: '2025-06-01', to: '2025-06-30' };

let store: EvidenceStore;
beforeAll(async () => {
  store = await makeEvidenceStore();
});
afterAll(() => store.cleanup());

function screen(officer: Session, reference: string, decidedOn: string): void {
  saveRecord(officer, reference, null, {
    type: 'screening',
    data: { decidedOn, decision: 'no-further-action', rationale: 'Invented rationale.', panel: [{ name: 'Pat Panelmember', organisation: 'Education' }] },
  });
}

function screening(today: string): { met: number | null; missed: number | null; open: number | null } {
  const cells = new Map(summaryRows(computeFigures(store.officer.store.db, JUNE, today)).map((cell) => [cell.name, cell.value]));
  return { met: cells.get('timeliness.screening.met')!, missed: cells.get('timeliness.screening.missed')!, open: cells.get('timeliness.screening.open')! };
}

function referral(referralDate: string): Partial<RecordInput<'referral'>> {
  return { incidentDate: referralDate, referralDate };
}

describe('a missed clock', () => {
  it('is open until its due date, missed once past it, and stays missed after the stage is done late', () => {
    // Referred Monday 2 June: screening due Monday 9 June.
    const late = newCase(store.officer, referral('2025-06-02'));
    expect(screening('2025-06-09')).toEqual({ met: 0, missed: 0, open: 1 });
    expect(screening('2025-06-10')).toEqual({ met: 0, missed: 1, open: 0 });
    // Decided on Wednesday 11 June, two days late: the stage is done, the deadline still missed.
    screen(store.officer, late.reference, '2025-06-11');
    expect(screening('2025-06-12')).toEqual({ met: 0, missed: 1, open: 0 });
    expect(screening('2025-06-30')).toEqual({ met: 0, missed: 1, open: 0 });

    // A recorded delay explains the missed deadline; it does not make it met.
    saveRecord(store.officer, late.reference, null, { type: 'clock-exception', data: { clock: 'screening', subject: '', reason: 'Invented: the panel could not meet.', panelToldOn: null } });
    expect(screening('2025-06-30')).toEqual({ met: 0, missed: 1, open: 0 });
  });

  it('counts one done on time as met, and one not yet due as open beside one past due', () => {
    // Referred Tuesday 3 June, due Tuesday 10 June, decided Thursday 5 June: met.
    const onTime = newCase(store.officer, referral('2025-06-03'));
    screen(store.officer, onTime.reference, '2025-06-05');
    // Referred Monday 16 June, due Monday 23 June, never decided.
    newCase(store.officer, referral('2025-06-16'));
    // On Friday 20 June it is not yet due; on Tuesday 24 June it is past due.
    expect(screening('2025-06-20')).toEqual({ met: 1, missed: 1, open: 1 });
    expect(screening('2025-06-23')).toEqual({ met: 1, missed: 1, open: 1 });
    expect(screening('2025-06-24')).toEqual({ met: 1, missed: 2, open: 0 });
  });

  it('puts a clock in the period by its due date, not the day it started', () => {
    // Referred Wednesday 25 June 2025, due Wednesday 2 July: in July, not June.
    newCase(store.officer, referral('2025-06-25'));
    expect(screening('2025-07-10')).toEqual({ met: 1, missed: 2, open: 0 });
    const july = new Map(summaryRows(computeFigures(store.officer.store.db, { from: '2025-07-01', to: '2025-07-31' }, '2025-07-02')).map((cell) => [cell.name, cell.value]));
    expect(july.get('timeliness.screening.open')).toBe(1);
    expect(july.get('timeliness.screening.missed')).toBe(0);
  });
});

describe('a clock’s outcome on a day', () => {
  const papers = { clock: 'papers', subject: 'meeting:1', startsOn: '2025-06-12T10:00', dueOn: '2025-06-11T10:00', amount: 24 } as const;

  it('judges papers by the time they were shared, not only the day', () => {
    expect(clockOutcome({ ...papers, completedOn: '2025-06-11T09:59' }, '2025-06-20', SHIPPED_CALENDAR)).toBe('met');
    expect(clockOutcome({ ...papers, completedOn: '2025-06-11T10:01' }, '2025-06-20', SHIPPED_CALENDAR)).toBe('missed');
    // Not shared: open through the day they are due, missed the day after.
    expect(clockOutcome({ ...papers, completedOn: null }, '2025-06-11', SHIPPED_CALENDAR)).toBe('open');
    expect(clockOutcome({ ...papers, completedOn: null }, '2025-06-12', SHIPPED_CALENDAR)).toBe('missed');
    expect(daysTaken({ ...papers, completedOn: '2025-06-11T09:00' }, SHIPPED_CALENDAR)).toBeNull();
  });

  it('counts a publication taken down early as missed, and one still up after its date as met', () => {
    const kept = { clock: 'publication-kept', subject: '', startsOn: '2025-02-14', dueOn: '2026-02-14', amount: 12 } as const;
    expect(clockOutcome({ ...kept, completedOn: '2025-12-01' }, '2026-04-15', SHIPPED_CALENDAR)).toBe('missed');
    expect(clockOutcome({ ...kept, completedOn: '2026-02-14' }, '2026-04-15', SHIPPED_CALENDAR)).toBe('met');
    expect(clockOutcome({ ...kept, completedOn: null }, '2026-02-14', SHIPPED_CALENDAR)).toBe('open');
    expect(clockOutcome({ ...kept, completedOn: null }, '2026-02-15', SHIPPED_CALENDAR)).toBe('met');
  });

  it('agrees with the case screens: missed where they show a clock red, met where met, open where open', () => {
    const clocks: StoredClock[] = [
      { clock: 'screening', subject: '', startsOn: '2025-08-20', dueOn: '2025-08-28', amount: 5, completedOn: null },
      { clock: 'screening', subject: '', startsOn: '2025-08-20', dueOn: '2025-08-28', amount: 5, completedOn: '2025-08-28' },
      { clock: 'screening', subject: '', startsOn: '2025-08-20', dueOn: '2025-08-28', amount: 5, completedOn: '2025-08-29' },
      { ...papers, completedOn: null },
      { clock: 'referral', subject: '', startsOn: '2025-08-20', dueOn: '2025-08-25', amount: 5, completedOn: null },
    ];
    for (let offset = -3; offset <= 3; offset += 1) {
      for (const clock of clocks) {
        const today = addCalendarDays(clock.dueOn.slice(0, 10), offset);
        const status = clockStatus(clock, today, SHIPPED_CALENDAR, 2);
        const screens = status.state === 'open' && status.rag === 'red' ? 'missed' : status.state;
        expect(clockOutcome(clock, today, SHIPPED_CALENDAR), `${clock.clock} completed ${clock.completedOn ?? 'never'} on ${today}`).toBe(screens);
      }
    }
  });

  it('counts working days over a bank holiday, and the days a copy went before publication', () => {
    // Friday 22 August 2025 to Tuesday 26 August: Monday 25 August is a bank holiday, so 1 working day.
    const screening = { clock: 'screening', subject: '', startsOn: '2025-08-22', dueOn: '2025-09-01', amount: 5, completedOn: '2025-08-26' } as const;
    expect(daysTaken(screening, SHIPPED_CALENDAR)).toBe(1);
    const copy = { clock: 'panel-copy', subject: '', startsOn: '2026-03-09', dueOn: '2026-03-02', amount: 7, completedOn: '2026-03-04' } as const;
    expect(daysTaken(copy, SHIPPED_CALENDAR)).toBe(5);
    expect(clockOutcome(copy, '2026-04-15', SHIPPED_CALENDAR)).toBe('missed');
  });
});
