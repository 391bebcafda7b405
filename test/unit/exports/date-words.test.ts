import { describe, expect, it } from 'vitest';
import { addDays, dateInWords, dateWithWeekday, shortDate } from '../../../main/exports/pdf/date-words.ts';

describe('dates in words', () => {
  it('writes a date with its weekday as a letter does', () => {
    expect(dateWithWeekday('2026-12-02')).toBe('Wednesday 2 December 2026');
    expect(dateWithWeekday('2024-02-29')).toBe('Thursday 29 February 2024');
  });

  it('writes a date without its weekday, and short for a table column', () => {
    expect(dateInWords('2025-03-03')).toBe('3 March 2025');
    expect(shortDate('2025-04-17')).toBe('17 Apr 2025');
  });

  it('returns what it was given when that is not a real date', () => {
    expect(dateWithWeekday('2025-02-31')).toBe('2025-02-31');
    expect(dateInWords('about 1990')).toBe('about 1990');
  });

  it('counts days across the end of a month and a year', () => {
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
