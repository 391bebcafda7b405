import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../../shared/bank-holidays-england-and-wales.ts';
import { readGovUkBankHolidays } from '../../../shared/gov-uk-bank-holidays.ts';
import { addCalendarDays, isIsoDate, SHIPPED_CALENDAR as calendar, WorkingDayCalendar } from '../../../shared/working-days.ts';

// Every expected date below was worked out by hand on a calendar, not by the code under test.
describe('the working-day calendar', () => {
  it('counts day 0 as the starting event: 5 working days from a Friday is the next Friday', () => {
    expect(calendar.addWorkingDays('2026-11-20', 5)).toBe('2026-11-27');
    expect(calendar.addWorkingDays('2026-11-20', 0)).toBe('2026-11-20');
    // An event at the weekend: day 1 is the Monday.
    expect(calendar.addWorkingDays('2026-11-21', 1)).toBe('2026-11-23');
  });

  it('steps over Christmas, Boxing Day, their substitutes and New Year', () => {
    // 2026: Christmas Friday, Boxing Day Saturday so Monday 28th off, New Year Friday.
    expect(calendar.addWorkingDays('2026-12-23', 5)).toBe('2027-01-04');
    // 2022: Christmas and Boxing Day at the weekend, so Monday 26th and Tuesday 27th off.
    expect(calendar.addWorkingDays('2022-12-23', 3)).toBe('2022-12-30');
    // 2021/22: Monday 27th, Tuesday 28th and Monday 3 January off.
    expect(calendar.addWorkingDays('2021-12-24', 4)).toBe('2022-01-04');
    // 2018: Tuesday 25th and Wednesday 26th.
    expect(calendar.addWorkingDays('2018-12-21', 3)).toBe('2018-12-28');
  });

  it('steps over Good Friday and Easter Monday', () => {
    expect(calendar.addWorkingDays('2024-03-28', 2)).toBe('2024-04-03');
    expect(calendar.addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    expect(calendar.addWorkingDays('2019-04-18', 1)).toBe('2019-04-23');
    // The rapid-review clock: 15 working days from Monday 3 April 2023, across Easter.
    expect(calendar.addWorkingDays('2023-04-03', 15)).toBe('2023-04-26');
  });

  it('knows the one-off holidays of 2020, 2022 and 2023', () => {
    // VE Day 2020 moved the early May holiday to Friday 8 May.
    expect(calendar.isWorkingDay('2020-05-04')).toBe(true);
    expect(calendar.isWorkingDay('2020-05-08')).toBe(false);
    // Platinum Jubilee: Thursday 2 and Friday 3 June 2022; the spring holiday moved onto the 2nd.
    expect(calendar.addWorkingDays('2022-06-01', 1)).toBe('2022-06-06');
    expect(calendar.isWorkingDay('2022-05-30')).toBe(true);
    // The Queen's state funeral, Monday 19 September 2022.
    expect(calendar.addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
    // The Coronation, Monday 8 May 2023, a week after the early May holiday.
    expect(calendar.addWorkingDays('2023-04-28', 2)).toBe('2023-05-03');
    expect(calendar.addWorkingDays('2023-05-05', 1)).toBe('2023-05-09');
  });

  it('counts working days between two dates as the inverse of adding them', () => {
    expect(calendar.workingDaysBetween('2023-04-03', '2023-04-26')).toBe(15);
    expect(calendar.workingDaysBetween('2026-12-23', '2027-01-04')).toBe(5);
    expect(calendar.workingDaysBetween('2026-11-27', '2026-11-20')).toBe(-5);
    expect(calendar.workingDaysBetween('2026-11-20', '2026-11-20')).toBe(0);
  });

  it('adds calendar days across month, year and clock changes without drifting', () => {
    expect(addCalendarDays('2026-03-27', 5)).toBe('2026-04-01');
    expect(addCalendarDays('2026-10-23', 5)).toBe('2026-10-28');
    expect(addCalendarDays('2024-02-27', 3)).toBe('2024-03-01');
    expect(addCalendarDays('2026-12-30', 5)).toBe('2027-01-04');
  });

  it('refuses dates that do not exist and negative counts', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(() => calendar.addWorkingDays('2026-13-01', 1)).toThrow(/not a date/);
    expect(() => calendar.addWorkingDays('2026-11-20', -1)).toThrow(/0 or more/);
  });

  it('ships only weekdays, eight to ten a year, for 2018 to 2028', () => {
    for (const [date] of SHIPPED_BANK_HOLIDAYS) expect(calendar.isWorkingDay(date), date).toBe(false);
    for (let year = 2018; year <= 2028; year += 1) {
      const count = SHIPPED_BANK_HOLIDAYS.filter(([date]) => date.startsWith(String(year))).length;
      expect(count, String(year)).toBeGreaterThanOrEqual(8);
      expect(count, String(year)).toBeLessThanOrEqual(10);
    }
    for (const [date] of SHIPPED_BANK_HOLIDAYS) expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
  });
});

describe("GOV.UK's bank-holiday list", () => {
  it('reads the England and Wales events into a calendar', () => {
    const read = readGovUkBankHolidays({
      'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Christmas Day', date: '2029-12-25', notes: '', bunting: true }, { title: 'New Year’s Day', date: '2029-01-01', notes: '', bunting: true }] },
      scotland: { division: 'scotland', events: [] },
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.holidays.map((holiday) => holiday.date)).toEqual(['2029-01-01', '2029-12-25']);
    const next = new WorkingDayCalendar(read.holidays.map((holiday) => holiday.date));
    expect(next.addWorkingDays('2029-12-24', 1)).toBe('2029-12-26');
  });

  it('names every problem by its path', () => {
    const read = readGovUkBankHolidays({ 'england-and-wales': { division: 'england-and-wales', events: [{ title: '', date: '2029-02-30' }] } });
    expect(read).toEqual({ ok: false, problems: ['england-and-wales.events.0.title: Too small: expected string to have >=1 characters', 'england-and-wales.events.0.date: a date written as YYYY-MM-DD'] });
  });
});

describe('counting working days in whole weeks', () => {
  it('gives the same count as walking every day, across years of holidays and weekend holidays', () => {
    const calendar = new WorkingDayCalendar([...SHIPPED_BANK_HOLIDAYS.map(([date]) => date), '2026-06-06' /* a Saturday in an imported list */]);
    const walk = (start: string, end: string): number => {
      let count = 0;
      for (let date = addCalendarDays(start, 1); date <= end; date = addCalendarDays(date, 1)) if (calendar.isWorkingDay(date)) count += 1;
      return count;
    };
    let seed = 20261125;
    const next = (limit: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % limit;
    };
    for (let trial = 0; trial < 300; trial += 1) {
      const start = addCalendarDays('2018-01-01', next(3_600));
      const end = addCalendarDays(start, next(400));
      expect(calendar.workingDaysBetween(start, end), `${start} to ${end}`).toBe(walk(start, end));
      expect(calendar.workingDaysBetween(end, start)).toBe(0 - walk(start, end));
    }
  });
});
