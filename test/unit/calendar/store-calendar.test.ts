import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBankHolidays, storeCalendar } from '../../../main/reviews/calendar.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

const GOV_UK_2029 = {
  'england-and-wales': {
    division: 'england-and-wales',
    events: [
      { title: 'New Year’s Day', date: '2029-01-01', notes: '', bunting: true },
      { title: 'A one-off holiday', date: '2029-06-15', notes: '', bunting: true },
      { title: 'Christmas Day', date: '2029-12-25', notes: '', bunting: true },
    ],
  },
};

describe("the store's calendar", () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await makeTempStore();
  });
  afterEach(() => temp.cleanup());

  it('uses the shipped list until an administrator imports a newer one, then that one for its years', () => {
    const db = temp.session.store.db;
    expect(storeCalendar(db).isWorkingDay('2029-06-15')).toBe(true);
    const imported = importBankHolidays(temp.session, GOV_UK_2029);
    expect(imported.map((holiday) => holiday.date)).toEqual(['2029-01-01', '2029-06-15', '2029-12-25']);
    const calendar = storeCalendar(db);
    expect(calendar.isWorkingDay('2029-06-15')).toBe(false);
    expect(calendar.addWorkingDays('2029-06-14', 1)).toBe('2029-06-18');
    // Years the import does not cover keep the shipped holidays: Good Friday 2026.
    expect(calendar.isWorkingDay('2026-04-03')).toBe(false);
    const event = db.prepare(`SELECT count(*) AS n FROM audit_events WHERE action = 'settings.bank-holidays-imported'`).get();
    expect(event).toEqual({ n: 1 });
  });

  it('refuses a list not in GOV.UK’s format, naming the problem, and changes nothing', () => {
    importBankHolidays(temp.session, GOV_UK_2029);
    expect(() => importBankHolidays(temp.session, { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Bad', date: '2029-02-30' }] } })).toThrow(
      /england-and-wales\.events\.0\.date: a date written as YYYY-MM-DD/,
    );
    expect(storeCalendar(temp.session.store.db).isWorkingDay('2029-06-15')).toBe(false);
  });

  it('lets only an administrator import', async () => {
    await addUser(temp.session, { name: 'Quinn Officer', role: 'business-unit', organisation: 'Business Unit', passphrase: 'saffron pebble lantern' });
    const officer = await unlock(temp.folder, 'Quinn Officer', 'saffron pebble lantern');
    try {
      expect(() => importBankHolidays(officer, GOV_UK_2029)).toThrow(/not allowed to import bank holidays/);
    } finally {
      officer.lock();
    }
  });
});
