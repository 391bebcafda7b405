/**
 * The schema's own answer to "what belongs to a case", worked out from its foreign keys and
 * nothing else, so it checks retention's hand-written list rather than repeating it: a row
 * belongs to a case when one of its foreign keys points at the case or at a row that belongs to
 * it. Also a snapshot of every row of every table, to compare before and after a deletion.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../../main/store/open-database.ts';

interface ForeignKey {
  readonly from: string;
  readonly table: string;
  /** Null: the parent's primary key. */
  readonly to: string | null;
}

/** The store's own tables: not SQLite's, and not the audit chain or retention's record, which a deletion adds to. */
export const UNCOMPARED = new Set(['audit_events', 'audit_details', 'retention_deletions', 'sqlite_sequence']);

export function tables(db: Db): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((row) => row.name);
}

export function foreignKeys(db: Db, table: string): ForeignKey[] {
  return (db.prepare(`SELECT "from", "table", "to" FROM pragma_foreign_key_list(?)`).all(table) as ForeignKey[]).map((key) => ({ from: key.from, table: key.table, to: key.to }));
}

function primaryKey(db: Db, table: string): string {
  const row = db.prepare(`SELECT name FROM pragma_table_info(?) WHERE pk = 1`).get(table) as { name: string } | undefined;
  return row?.name ?? 'rowid';
}

/** Every table with a chain of foreign keys to `cases`, `cases` included. */
export function tablesReachingCases(db: Db): Set<string> {
  const reaching = new Set(['cases']);
  let grew = true;
  while (grew) {
    grew = false;
    for (const table of tables(db)) {
      if (reaching.has(table)) continue;
      if (foreignKeys(db, table).some((key) => reaching.has(key.table))) {
        reaching.add(table);
        grew = true;
      }
    }
  }
  return reaching;
}

/** The rowids of the case's rows, table by table (tables holding none are left out). */
export function rowsOfCase(db: Db, caseId: number): Map<string, Set<number>> {
  const belonging = new Map<string, Set<number>>([['cases', new Set([caseId])]]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const table of tables(db)) {
      for (const key of foreignKeys(db, table)) {
        const parents = belonging.get(key.table);
        if (parents === undefined || parents.size === 0) continue;
        const column = key.to ?? primaryKey(db, key.table);
        const values = db.prepare(`SELECT ${column} AS value FROM ${key.table} WHERE rowid IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...parents])) as { value: unknown }[];
        const found = db
          .prepare(`SELECT rowid AS id FROM ${table} WHERE ${key.from} IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify(values.map((row) => row.value))) as { id: number }[];
        const mine = belonging.get(table) ?? new Set<number>();
        for (const { id } of found) {
          if (!mine.has(id)) {
            mine.add(id);
            grew = true;
          }
        }
        if (mine.size > 0) belonging.set(table, mine);
      }
    }
  }
  return belonging;
}

/** Every row of every compared table, by rowid, blobs as their SHA-256. */
export function snapshot(db: Db): Map<string, Map<number, string>> {
  const all = new Map<string, Map<number, string>>();
  for (const table of tables(db)) {
    if (UNCOMPARED.has(table)) continue;
    const rows = new Map<number, string>();
    for (const row of db.prepare(`SELECT rowid AS __rowid, * FROM ${table}`).iterate() as IterableIterator<Record<string, unknown>>) {
      const { __rowid, ...rest } = row;
      // A Buffer turns itself into a list of bytes before a replacer could see it: hashed first.
      const hashed = Object.fromEntries(Object.entries(rest).map(([column, value]) => [column, Buffer.isBuffer(value) ? `sha256:${createHash('sha256').update(value).digest('hex')}` : value]));
      rows.set(__rowid as number, JSON.stringify(hashed));
    }
    all.set(table, rows);
  }
  return all;
}

/** The snapshot without the given rows. */
export function without(before: Map<string, Map<number, string>>, removed: Map<string, Set<number>>): Map<string, Map<number, string>> {
  return new Map([...before].map(([table, rows]) => [table, new Map([...rows].filter(([rowid]) => !(removed.get(table)?.has(rowid) ?? false)))]));
}
