/**
 * One text source of the store searched for the subject: its rows a page at a time (so the app
 * answers other calls in between), each column's text, or each string of a JSON column, run
 * through the matcher for the row's case.
 */
import type { Db } from '../store/open-database.ts';
import { type Finding, type Pace } from './findings.ts';
import { jsonTexts, type PlacedText } from './json-texts.ts';
import type { SubjectMatchers } from './subject-matchers.ts';
import { inContext, matchedWords } from './text-context.ts';
import type { TextSource } from './text-sources.ts';

const PAGE = 500;

/** The row's own columns keep their names; what the search adds is prefixed, so no column can shadow it. */
type Row = Record<string, unknown> & { readonly dp_row: number; readonly dp_case: number | null; readonly dp_what: string };

function pageQuery(source: TextSource): string {
  const columns = source.columns.map((column) => `t.${column.name} AS "${column.name}"`).join(', ');
  return `SELECT t.rowid AS dp_row, ${source.caseId} AS dp_case, coalesce(${source.what}, '${source.table} row ' || t.rowid) AS dp_what, ${columns}
          FROM ${source.table} t WHERE t.rowid > ? ORDER BY t.rowid LIMIT ${PAGE}`;
}

function textsOf(value: unknown, json: boolean): PlacedText[] {
  if (typeof value !== 'string' || value.trim() === '') return [];
  return json ? jsonTexts(value) : [{ path: '', text: value }];
}

/** `skip`: rows found another way (the subject's own people records, listed whole). */
export async function searchTextSource(db: Db, source: TextSource, matchers: SubjectMatchers, pace: Pace, skip: ReadonlySet<number> = new Set()): Promise<Finding[]> {
  const statement = db.prepare(pageQuery(source));
  const findings: Finding[] = [];
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = statement.all(after) as Row[];
    for (const row of rows) {
      if (skip.has(row.dp_row)) continue;
      if (matchers.forCase(row.dp_case) === null) continue;
      for (const column of source.columns) {
        for (const { path, text, personName } of textsOf(row[column.name], column.json === true)) {
          const hits = matchers.forCase(row.dp_case, column.personName === true || personName === true)!.find(text);
          if (hits.length === 0) continue;
          findings.push({
            place: source.place,
            caseId: row.dp_case,
            where: `${row.dp_what} — ${column.label}${path === '' ? '' : ` › ${path}`}`,
            matched: matchedWords(text, hits),
            text: inContext(text, hits),
            ...(source.file === undefined ? {} : { file: { kind: source.file, id: row.dp_row, name: String(row['name']) } }),
          });
        }
      }
    }
    if (rows.length < PAGE) return findings;
    after = rows.at(-1)!.dp_row;
    await pace();
  }
}
