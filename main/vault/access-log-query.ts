/**
 * The access log's rows, read straight from the audit chain: the events addressed to a secured
 * set ("setId") or to one of its files ("setId:fileId"), joined through the set to its case and
 * agency and to the acting person, in chain order. Only the actions the log knows are read, so
 * every row fits the view's shape.
 */
import { ACCESS_LOG_ACTION_NAMES, SECURED_FILE_RECORD, SECURED_SET_RECORD, type AccessLogAction, type AccessLogEntry, type AccessLogFilter } from '../../shared/vault/access-log.ts';
import type { Db } from '../store/open-database.ts';
import type { AccessLogScope } from './access-log-scope.ts';
import { eventWords, type NameOf } from './access-log-details.ts';

/** Who acted, where the chain names no user (the app itself). */
export const NO_PERSON = 'Practice Review Manager';

// The set's id is the record id, or its part before the colon for a file's event.
const SECURED_EVENTS = `
  WITH secured AS (
    SELECT seq, at, actor_id, action,
      CAST(CASE record_type WHEN '${SECURED_FILE_RECORD}' THEN substr(record_id, 1, instr(record_id, ':') - 1) ELSE record_id END AS INTEGER) AS set_id
    FROM audit_events
    WHERE record_type IN ('${SECURED_SET_RECORD}', '${SECURED_FILE_RECORD}') AND action IN (SELECT value FROM json_each(@actions))
  )
  SELECT e.seq, e.at, e.action, coalesce(u.name, '${NO_PERSON}') AS person, c.reference, o.name AS agency,
    d.event_seq IS NOT NULL AS hasDetails, d.body, d.erased_rule AS erasedRule
  FROM secured e
  JOIN secured_sets s ON s.id = e.set_id
  JOIN cases c ON c.id = s.case_id
  JOIN organisations o ON o.id = s.organisation_id
  LEFT JOIN users u ON u.id = e.actor_id
  LEFT JOIN audit_details d ON d.event_seq = e.seq`;

interface EventRow {
  readonly seq: number;
  readonly at: string;
  readonly action: AccessLogAction;
  readonly person: string;
  readonly reference: string;
  readonly agency: string;
  readonly hasDetails: 0 | 1;
  readonly body: string | null;
  readonly erasedRule: string | null;
}

interface Query {
  readonly sql: string;
  readonly params: Record<string, unknown>;
}

/** Blank filter fields (a select left on "All") filter nothing. */
const given = (value: string | undefined): string | null => (value === undefined || value.trim() === '' ? null : value.trim());

function matching(scope: AccessLogScope, filter: AccessLogFilter): Query {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { actions: JSON.stringify(ACCESS_LOG_ACTION_NAMES) };
  if (scope.kind === 'some-sets') {
    conditions.push('e.set_id IN (SELECT value FROM json_each(@sets))');
    params.sets = JSON.stringify(scope.setIds);
  }
  const reference = given(filter.reference);
  if (reference !== null) {
    conditions.push('c.reference = @reference COLLATE NOCASE');
    params.reference = reference;
  }
  const agency = given(filter.agency);
  if (agency !== null) {
    conditions.push('o.name = @agency COLLATE NOCASE');
    params.agency = agency;
  }
  const person = given(filter.person);
  if (person !== null) {
    conditions.push(`coalesce(u.name, '${NO_PERSON}') = @person COLLATE NOCASE`);
    params.person = person;
  }
  if (filter.action !== undefined) {
    conditions.push('e.action = @action');
    params.action = filter.action;
  }
  return { sql: `${SECURED_EVENTS}${conditions.length === 0 ? '' : `\n  WHERE ${conditions.join(' AND ')}`}`, params };
}

function toEntry(row: EventRow, nameOf: NameOf): AccessLogEntry {
  const words = eventWords(row.hasDetails === 1 ? row.body : undefined, row.erasedRule, nameOf);
  return {
    seq: row.seq,
    at: row.at,
    action: row.action,
    person: row.person,
    reference: row.reference,
    agency: row.agency,
    file: words.file,
    purpose: words.purpose,
    detail: words.detail,
    detailsErased: row.hasDetails === 1 && row.body === null,
  };
}

/** Users' names by id, read once, for the ids events keep in their details (a new representative). */
function userNames(db: Db): NameOf {
  let names: Map<string, string> | null = null;
  return (userId) => {
    names ??= new Map((db.prepare('SELECT id, name FROM users').all() as { id: string; name: string }[]).map((user) => [user.id, user.name]));
    return names.get(userId);
  };
}

export function countEntries(db: Db, scope: AccessLogScope, filter: AccessLogFilter): number {
  const query = matching(scope, filter);
  return (db.prepare(`SELECT count(*) AS n FROM (${query.sql})`).get(query.params) as { n: number }).n;
}

/** The matching entries in chain order; a page of them when `page` is given, else every one. */
export function listEntries(db: Db, scope: AccessLogScope, filter: AccessLogFilter, page?: { readonly limit: number; readonly offset: number }): AccessLogEntry[] {
  const query = matching(scope, filter);
  const sql = `${query.sql}\n  ORDER BY e.seq${page === undefined ? '' : '\n  LIMIT @limit OFFSET @offset'}`;
  const rows = db.prepare(sql).all(page === undefined ? query.params : { ...query.params, ...page }) as EventRow[];
  const nameOf = userNames(db);
  return rows.map((row) => toEntry(row, nameOf));
}

export interface FilterOptions {
  readonly references: string[];
  readonly agencies: string[];
  readonly people: string[];
}

const byWords = (a: string, b: string): number => a.localeCompare(b, 'en-GB', { numeric: true, sensitivity: 'base' });

/** The filter's choices: the cases and agencies of the sets in scope, and everyone who acted on them. */
export function filterOptions(db: Db, scope: AccessLogScope): FilterOptions {
  const sets = db.prepare('SELECT s.id, c.reference, o.name AS agency FROM secured_sets s JOIN cases c ON c.id = s.case_id JOIN organisations o ON o.id = s.organisation_id').all() as {
    id: number;
    reference: string;
    agency: string;
  }[];
  const inScope = scope.kind === 'every-set' ? sets : sets.filter((set) => scope.setIds.includes(set.id));
  const query = matching(scope, {});
  const people = db.prepare(`SELECT DISTINCT person FROM (${query.sql})`).all(query.params) as { person: string }[];
  return {
    references: [...new Set(inScope.map((set) => set.reference))].sort(byWords),
    agencies: [...new Set(inScope.map((set) => set.agency))].sort(byWords),
    people: people.map((row) => row.person).sort(byWords),
  };
}
