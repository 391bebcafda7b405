/**
 * Retention's list of a case's tables against the schema itself: every table a chain of foreign
 * keys ties to a case is on the list, nothing else is, and each comes before the tables it
 * refers to, so rows go children first. A table added by a later migration fails here until
 * retention knows how to delete its rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TABLES } from '../../../main/retention/case-rows.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';
import { foreignKeys, tablesReachingCases } from './case-reach.ts';

describe('the tables of a case', () => {
  let temp: TempStore;
  beforeAll(async () => {
    temp = await makeTempStore();
  });
  afterAll(() => temp.cleanup());

  it('lists every table that foreign keys tie to a case, and no other', () => {
    const listed = CASE_TABLES.map((entry) => entry.table);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...tablesReachingCases(temp.session.store.db)].sort());
    expect(listed.length).toBeGreaterThan(40);
  });

  it('puts each table before every table it refers to, so no row is deleted while another still points at it', () => {
    const db = temp.session.store.db;
    const position = new Map(CASE_TABLES.map((entry, index) => [entry.table, index]));
    const outOfOrder = CASE_TABLES.flatMap(({ table }) =>
      foreignKeys(db, table)
        .filter((key) => key.table !== table && position.has(key.table) && position.get(key.table)! < position.get(table)!)
        .map((key) => `${table} → ${key.table}`),
    );
    expect(outOfOrder).toEqual([]);
  });
});
