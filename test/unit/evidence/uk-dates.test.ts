import { describe, expect, it } from 'vitest';
import { dateFromCellDate, dateFromSerial, readDateText, readDateTextDetailed, readTimeText, timeFromSerial } from '../../../main/evidence/chronology/uk-dates.ts';

// Every expected value below was worked out by hand, not by the code under test.
const TODAY = '2026-03-10';

describe('reading dates typed in the UK', () => {
  const readable: ReadonlyArray<readonly [string, string, string | null]> = [
    ['03/02/2025', '2025-02-03', null],
    ['3/2/2025', '2025-02-03', null],
    ['03-02-2025', '2025-02-03', null],
    ['03.02.2025', '2025-02-03', null],
    ['03 02 2025', '2025-02-03', null],
    ['  03 / 02 / 2025  ', '2025-02-03', null],
    ['03/02/25', '2025-02-03', null],
    ['3.2.25', '2025-02-03', null],
    ['3 Feb 2025', '2025-02-03', null],
    ['3 feb 2025', '2025-02-03', null],
    ['3 Feb. 2025', '2025-02-03', null],
    ['3rd February 2025', '2025-02-03', null],
    ['1st of March 2025', '2025-03-01', null],
    ['22nd June 2024', '2024-06-22', null],
    ['3-Feb-25', '2025-02-03', null],
    ['3/Feb/2025', '2025-02-03', null],
    ['3 Sept 2025', '2025-09-03', null],
    ['3 Sep 25', '2025-09-03', null],
    ['Monday 3 February 2025', '2025-02-03', null],
    ['Mon, 3 Feb 2025', '2025-02-03', null],
    ['February 3, 2025', '2025-02-03', null],
    ['2025-02-03', '2025-02-03', null],
    ['2025/02/03', '2025-02-03', null],
    ['03/02/2025 14:30', '2025-02-03', '14:30'],
    ['03/02/2025 14.30', '2025-02-03', '14:30'],
    ['03/02/2025 1430', '2025-02-03', '14:30'],
    ['03/02/2025, 9am', '2025-02-03', '09:00'],
    ['3 Feb 2025 2.30pm', '2025-02-03', '14:30'],
    ['3 Feb 2025 2:30 PM', '2025-02-03', '14:30'],
    ['3rd February 2025 at 11:05', '2025-02-03', '11:05'],
    ['2025-02-03T14:30', '2025-02-03', '14:30'],
    ['2025-02-03T14:30:59', '2025-02-03', '14:30'],
    ['2025-02-03 08:15:00', '2025-02-03', '08:15'],
    // An instant in UTC is shown as the time in England: winter is UTC, summer is an hour on.
    ['2025-02-03T14:30:00Z', '2025-02-03', '14:30'],
    ['2025-07-03T23:30:00Z', '2025-07-04', '00:30'],
    ['2025-07-03T14:30:00+02:00', '2025-07-03', '13:30'],
    ['29/02/2024', '2024-02-29', null],
  ];

  it.each(readable)('reads "%s" as %s, time %s', (text, date, time) => {
    expect(readDateText(text, TODAY)).toEqual({ date, time });
  });

  it('always reads the day first, even when the other order would also be a date', () => {
    expect(readDateText('03/02/2025', TODAY)).toEqual({ date: '2025-02-03', time: null });
    expect(readDateText('12/01/2025', TODAY)).toEqual({ date: '2025-01-12', time: null });
    // 02/13 cannot be day-first, and the reader does not guess the American order.
    expect(readDateText('02/13/2025', TODAY)).toBeNull();
  });

  it('reads a two-digit year as the latest year that is not in the future', () => {
    expect(readDateText('01/01/26', TODAY)?.date).toBe('2026-01-01');
    // This year is not in the future, even where the day is later this year.
    expect(readDateText('01/12/26', TODAY)?.date).toBe('2026-12-01');
    expect(readDateText('01/01/27', TODAY)?.date).toBe('1927-01-01');
    expect(readDateText('01/01/99', TODAY)?.date).toBe('1999-01-01');
    expect(readDateText('01/01/00', TODAY)?.date).toBe('2000-01-01');
    expect(readDateText('01/01/27', '2030-06-01')?.date).toBe('2027-01-01');
  });

  it('tells an impossible date apart from text that is not a date', () => {
    expect(readDateTextDetailed('31/02/2025', TODAY)).toEqual({ kind: 'not-real' });
    expect(readDateTextDetailed('29/02/2025', TODAY)).toEqual({ kind: 'not-real' });
    expect(readDateTextDetailed('00/01/2025', TODAY)).toEqual({ kind: 'not-real' });
    expect(readDateTextDetailed('2025-13-01', TODAY)).toEqual({ kind: 'not-real' });
    expect(readDateTextDetailed('03/02/0205', TODAY)).toEqual({ kind: 'not-real' });
    expect(readDateTextDetailed('03/02/2025 25:00', TODAY)).toEqual({ kind: 'not-real' });
    expect(readDateTextDetailed('next Tuesday', TODAY)).toEqual({ kind: 'not-a-date' });
    expect(readDateTextDetailed('3 Fob 2025', TODAY)).toEqual({ kind: 'not-a-date' });
    expect(readDateTextDetailed('February 2025', TODAY)).toEqual({ kind: 'not-a-date' });
    expect(readDateTextDetailed('03/02/2025 in the afternoon', TODAY)).toEqual({ kind: 'not-a-date' });
    expect(readDateTextDetailed('', TODAY)).toEqual({ kind: 'not-a-date' });
  });

  it('returns null from readDateText for impossible dates and for text that is not a date', () => {
    expect(readDateText('31/02/2025', TODAY)).toBeNull();
    expect(readDateText('Completed by Siân Łukasz', TODAY)).toBeNull();
  });
});

describe('reading typed times', () => {
  const times: ReadonlyArray<readonly [string, string]> = [
    ['14:30', '14:30'],
    ['14.30', '14:30'],
    ['9:05', '09:05'],
    ['2:30pm', '14:30'],
    ['2.30 p.m.', '14:30'],
    ['2:30 AM', '02:30'],
    ['2pm', '14:00'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['1430', '14:30'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['14:30hrs', '14:30'],
    ['1430 hrs', '14:30'],
    ['14:30:45', '14:30'],
    ['noon', '12:00'],
    ['Midnight', '00:00'],
  ];

  it.each(times)('reads "%s" as %s', (text, time) => {
    expect(readTimeText(text)).toEqual({ kind: 'time', time });
  });

  it('tells an impossible time apart from text that is not a time', () => {
    expect(readTimeText('24:00')).toEqual({ kind: 'not-real' });
    expect(readTimeText('14:60')).toEqual({ kind: 'not-real' });
    expect(readTimeText('13pm')).toEqual({ kind: 'not-real' });
    expect(readTimeText('2575')).toEqual({ kind: 'not-real' });
    expect(readTimeText('morning')).toEqual({ kind: 'not-a-time' });
  });
});

describe('Excel serial numbers and cell dates', () => {
  it('reads 1900-system serials, with the phantom 29 February 1900 accounted for', () => {
    expect(dateFromSerial(45691, false)).toEqual({ date: '2025-02-03', time: null });
    expect(dateFromSerial(1, false)).toEqual({ date: '1900-01-01', time: null });
    expect(dateFromSerial(59, false)).toEqual({ date: '1900-02-28', time: null });
    expect(dateFromSerial(61, false)).toEqual({ date: '1900-03-01', time: null });
    expect(dateFromSerial(60, false)).toBeNull();
    expect(dateFromSerial(0.5, false)).toBeNull();
  });

  it('reads 1904-system serials', () => {
    expect(dateFromSerial(0, true)).toEqual({ date: '1904-01-01', time: null });
    expect(dateFromSerial(44229, true)).toEqual({ date: '2025-02-03', time: null });
  });

  it('reads the time in a serial, rounded to the minute', () => {
    expect(dateFromSerial(45691.604166666, false)).toEqual({ date: '2025-02-03', time: '14:30' });
    expect(dateFromSerial(45691.999999, false)).toEqual({ date: '2025-02-04', time: null });
    expect(timeFromSerial(0.604166666)).toBe('14:30');
    expect(timeFromSerial(0.375)).toBe('09:00');
    expect(timeFromSerial(45691.25)).toBe('06:00');
  });

  it('uses the UTC parts of a Date exceljs made from a date cell', () => {
    expect(dateFromCellDate(new Date(Date.UTC(2025, 1, 3)))).toEqual({ date: '2025-02-03', time: null });
    expect(dateFromCellDate(new Date(Date.UTC(2025, 6, 3, 23, 30)))).toEqual({ date: '2025-07-03', time: '23:30' });
    expect(dateFromCellDate(new Date(Number.NaN))).toBeNull();
  });
});
