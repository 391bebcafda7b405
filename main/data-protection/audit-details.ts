/**
 * The audit trail's details: the free text each event refers to (a purpose, a file name, what was
 * searched for), kept apart from the chain so retention can erase it. Each is searched like any
 * JSON text; an event that names no one but is about one of the subject's records (a change to
 * their people record, to their user account) is theirs too. Erased details are gone already,
 * and the records of data-protection requests themselves are left out (request-audit.ts).
 */
import type { Db } from '../store/open-database.ts';
import { type Finding, type Pace } from './findings.ts';
import { jsonTexts } from './json-texts.ts';
import { REQUEST_ACTIONS } from './request-audit.ts';
import type { SubjectMatchers } from './subject-matchers.ts';
import { inContext, matchedWords } from './text-context.ts';

const PAGE = 500;

interface DetailRow {
  seq: number;
  at: string;
  action: string;
  record_type: string | null;
  record_id: string | null;
  actor: string | null;
  body: string;
}

export interface TheirIds {
  readonly personIds: ReadonlySet<number>;
  readonly userIds: ReadonlySet<string>;
}

const caseOf = (row: DetailRow): number | null => (row.record_type === 'case' && row.record_id !== null && /^\d+$/.test(row.record_id) ? Number(row.record_id) : null);

/** An event about one of their records, by its identifiers: the details name no one, by design. */
function aboutTheirRecord(row: DetailRow, details: unknown, ids: TheirIds): string | null {
  if (row.record_type === 'user' && row.record_id !== null && ids.userIds.has(row.record_id)) return 'an event about their user account';
  const personId = typeof details === 'object' && details !== null ? (details as { personId?: unknown }).personId : undefined;
  if (row.action.startsWith('person.') && typeof personId === 'number' && ids.personIds.has(personId)) return `an event about their people record ${personId}`;
  return null;
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

export async function searchAuditDetails(db: Db, matchers: SubjectMatchers, ids: TheirIds, pace: Pace): Promise<Finding[]> {
  const page = db.prepare(
    `SELECT e.seq, e.at, e.action, e.record_type, e.record_id, u.name AS actor, d.body
     FROM audit_details d JOIN audit_events e ON e.seq = d.event_seq LEFT JOIN users u ON u.id = e.actor_id
     WHERE d.body IS NOT NULL AND d.event_seq > ? AND e.action NOT IN (${REQUEST_ACTIONS.map(() => '?').join(', ')})
     ORDER BY d.event_seq LIMIT ${PAGE}`,
  );
  const findings: Finding[] = [];
  let after = 0;
  for (;;) {
    const rows = page.all(after, ...REQUEST_ACTIONS) as DetailRow[];
    for (const row of rows) {
      const caseId = caseOf(row);
      const matcher = matchers.forCase(caseId);
      if (matcher === null) continue;
      const where = `Audit event ${row.seq}: ${row.action}, ${row.at.slice(0, 10)}, by ${row.actor ?? 'the app itself'}`;
      const named: Finding[] = [];
      for (const { path, text } of jsonTexts(row.body)) {
        const hits = matcher.find(text);
        if (hits.length > 0) named.push({ place: 'audit', caseId, where: `${where} — details${path === '' ? '' : ` › ${path}`}`, matched: matchedWords(text, hits), text: inContext(text, hits) });
      }
      const about = named.length === 0 ? aboutTheirRecord(row, parsed(row.body), ids) : null;
      findings.push(...named);
      if (about !== null) findings.push({ place: 'audit', caseId, where: `${where} — the event`, matched: about, text: row.body });
    }
    if (rows.length < PAGE) return findings;
    after = rows.at(-1)!.seq;
    await pace();
  }
}
