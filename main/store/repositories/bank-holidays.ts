import type { BankHoliday } from '../../../shared/gov-uk-bank-holidays.ts';
import type { Db } from '../open-database.ts';

export function importedBankHolidays(db: Db): BankHoliday[] {
  return db.prepare('SELECT date, title FROM imported_bank_holidays ORDER BY date').all() as BankHoliday[];
}

export function replaceImportedBankHolidays(db: Db, holidays: readonly BankHoliday[]): void {
  db.prepare('DELETE FROM imported_bank_holidays').run();
  const insert = db.prepare('INSERT INTO imported_bank_holidays (date, title) VALUES (?, ?)');
  for (const holiday of holidays) insert.run(holiday.date, holiday.title);
}
