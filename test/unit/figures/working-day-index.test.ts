import { describe, expect, it } from 'vitest';
import { addCalendarDays, SHIPPED_CALENDAR } from '../../../shared/working-days.ts';
import { WorkingDayIndex } from '../../../main/figures/working-day-index.ts';

describe('the figures’ working-day index', () => {
  it('counts every pair of days as the calendar does, weekends, bank holidays and order included', () => {
    // 2025-04-01 to 2026-04-30 spans Easter 2025 and 2026, the May, August and Christmas bank holidays.
    const days = Array.from({ length: 395 }, (_, offset) => addCalendarDays('2025-04-01', offset));
    const index = new WorkingDayIndex(SHIPPED_CALENDAR, [days[0]!, days.at(-1)!]);
    const mismatches: string[] = [];
    for (let from = 0; from < days.length; from += 7) {
      for (let to = 0; to < days.length; to += 3) {
        const expected = SHIPPED_CALENDAR.workingDaysBetween(days[from]!, days[to]!);
        if (index.workingDaysBetween(days[from]!, days[to]!) !== expected) mismatches.push(`${days[from]} → ${days[to]}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Thursday 17 April to Tuesday 22 April 2025: Good Friday and Easter Monday skipped, so 1.
    expect(index.workingDaysBetween('2025-04-17', '2025-04-22')).toBe(1);
    expect(index.workingDaysBetween('2025-04-22', '2025-04-17')).toBe(-1);
  });

  it('reads the date of a date and time, and answers beyond its range from the calendar', () => {
    const index = new WorkingDayIndex(SHIPPED_CALENDAR, ['2025-06-02T10:00', '2025-06-30']);
    expect(index.workingDaysBetween('2025-06-02T10:00', '2025-06-09T09:00')).toBe(5);
    expect(index.workingDaysBetween('2025-06-02', '2025-08-29')).toBe(SHIPPED_CALENDAR.workingDaysBetween('2025-06-02', '2025-08-29'));
    // Wednesday 24 December 2025 to Monday 29 December: Christmas Day, Boxing Day and the weekend skipped.
    expect(new WorkingDayIndex(SHIPPED_CALENDAR, []).workingDaysBetween('2025-12-24', '2025-12-29')).toBe(1);
  });
});
