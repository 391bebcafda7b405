/**
 * The store's working-day calendar: the list an administrator imported, for the years it
 * covers, and the shipped list for every other year.
 */
import { AppError } from '../../shared/errors.ts';
import { SHIPPED_BANK_HOLIDAYS } from '../../shared/bank-holidays-england-and-wales.ts';
import { readGovUkBankHolidays, type BankHoliday } from '../../shared/gov-uk-bank-holidays.ts';
import { WorkingDayCalendar } from '../../shared/working-days.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { importedBankHolidays, replaceImportedBankHolidays } from '../store/repositories/bank-holidays.ts';

const yearOf = (date: string) => Number(date.slice(0, 4));

export function storeCalendar(db: Db): WorkingDayCalendar {
  const imported = importedBankHolidays(db);
  if (imported.length === 0) return new WorkingDayCalendar(SHIPPED_BANK_HOLIDAYS.map(([date]) => date));
  const first = yearOf(imported[0]!.date);
  const last = yearOf(imported.at(-1)!.date);
  const shippedOutside = SHIPPED_BANK_HOLIDAYS.map(([date]) => date).filter((date) => yearOf(date) < first || yearOf(date) > last);
  return new WorkingDayCalendar([...shippedOutside, ...imported.map((holiday) => holiday.date)]);
}

/** Replaces any earlier import with GOV.UK's list, for an administrator; audited. */
export function importBankHolidays(session: Session, json: unknown): BankHoliday[] {
  session.authorise('settings.manage', 'import bank holidays');
  const read = readGovUkBankHolidays(json);
  if (!read.ok) throw new AppError('INVALID_INPUT', `The bank-holiday list is not in GOV.UK's format: ${read.problems.join('; ')}.`);
  session.store.change((db, audit) => {
    replaceImportedBankHolidays(db, read.holidays);
    audit({
      actorId: session.userId,
      action: 'settings.bank-holidays-imported',
      recordType: 'setting',
      recordId: 'bank_holidays',
      details: { count: read.holidays.length, first: read.holidays[0]!.date, last: read.holidays.at(-1)!.date },
    });
  });
  return read.holidays;
}
