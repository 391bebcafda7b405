/**
 * Where a data-protection search looks, held against the schema itself: every column of every
 * table the migrations make is either searched for the person's names (text-sources.ts, or a
 * module of its own) or has its reason not to be (not-searched.ts). A column a later migration
 * adds fails here until someone decides which.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whyNotSearched } from '../../../main/data-protection/not-searched.ts';
import { TEXT_SOURCES } from '../../../main/data-protection/text-sources.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

let temp: TempStore;
let schema: Map<string, Map<string, string>>;

beforeAll(async () => {
  temp = await makeTempStore();
  const db = temp.session.store.db;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  schema = new Map(tables.map(({ name }) => [name, new Map((db.prepare(`PRAGMA table_info(${name})`).all() as { name: string; type: string }[]).map((column) => [column.name, column.type]))]));
});

afterAll(() => temp?.cleanup());

describe('where a data-protection search looks', () => {
  it('searches every column of the schema that can hold free text, or says why not', () => {
    const searched = new Set(TEXT_SOURCES.flatMap((source) => source.columns.map((column) => `${source.table}.${column.name}`)));
    const undecided: string[] = [];
    for (const [table, columns] of schema) {
      for (const [column, type] of columns) if (!searched.has(`${table}.${column}`) && whyNotSearched(table, column, type) === null) undecided.push(`${table}.${column}`);
    }
    expect(undecided).toEqual([]);
  });

  it('searches only columns that exist, each read once', () => {
    const listed = TEXT_SOURCES.flatMap((source) => source.columns.map((column) => `${source.table}.${column.name}`));
    expect(listed.filter((key) => !schema.get(key.split('.')[0]!)?.has(key.split('.')[1]!))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('covers the places the brief names: people, documents, records, reports, the audit trail and the rest', () => {
    const tables = new Set(TEXT_SOURCES.map((source) => source.table));
    for (const table of ['case_people', 'case_records', 'case_documents', 'report_versions', 'case_discussions', 'chronology_rows', 'agency_summaries', 'plan_actions', 'family_feedback', 'learning_events', 'redaction_places', 'exchange_bundles', 'securing_records']) {
      expect(tables, table).toContain(table);
    }
    expect(whyNotSearched('audit_details', 'body', 'TEXT')).toMatch(/audit-details\.ts/);
    expect(whyNotSearched('users', 'name', 'TEXT')).toMatch(/user-accounts\.ts/);
    expect(whyNotSearched('case_document_chunks', 'bytes', 'BLOB')).toMatch(/document-texts\.ts/);
    expect(whyNotSearched('secured_file_chunks', 'sealed', 'BLOB')).toMatch(/sealed to the agency/);
  });
});
