/**
 * Bank holidays an administrator imported from GOV.UK's list, to extend or correct the
 * calendar shipped with the app for the years the list covers.
 */
import type { Migration } from './types.ts';

export const bankHolidays: Migration = {
  version: 3,
  name: 'bank-holidays',
  up(db) {
    db.exec(`
      CREATE TABLE imported_bank_holidays (
        date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        title TEXT NOT NULL
      ) STRICT;
    `);
  },
};
