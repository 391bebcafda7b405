/**
 * Which audit events are about a case being deleted, so their erasable details go with it: the
 * events addressed to the case itself (most of them: every record, document, report and decision
 * is audited against its case), and those addressed to the case's own child records by their ids
 * — its secured sets and their files, the assignments scoped to it, the tasks its bundles opened,
 * bundles logged before they were tied to it, its learning events. Read before the rows go, since
 * the ids come from them. Events already erased, and retention's own events (identifiers and
 * counts only), are left alone.
 */
import { SECURED_FILE_RECORD, SECURED_SET_RECORD } from '../../shared/vault/access-log.ts';
import type { Db } from '../store/open-database.ts';

const WITH_DETAILS = `
  SELECT e.seq FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq
  WHERE d.body IS NOT NULL AND e.action NOT LIKE 'retention.%'`;

/**
 * Every event about the case or one of its child records whose details are still there, in chain
 * order. Record ids are text in the chain; the case's is compared as text made here, since a
 * number bound from JavaScript reaches SQLite as a real ("1.0").
 */
export function caseEventsWithDetails(db: Db, caseId: number): number[] {
  const rows = db
    .prepare(
      `${WITH_DETAILS} AND (
         (e.record_type = 'case' AND e.record_id = @caseText)
         OR (e.record_type = '${SECURED_SET_RECORD}' AND e.record_id IN (SELECT CAST(id AS TEXT) FROM secured_sets WHERE case_id = @caseId))
         OR (e.record_type = '${SECURED_FILE_RECORD}' AND substr(e.record_id, 1, instr(e.record_id, ':') - 1) IN (SELECT CAST(id AS TEXT) FROM secured_sets WHERE case_id = @caseId))
         OR (e.record_type = 'assignment' AND e.record_id IN (SELECT CAST(id AS TEXT) FROM assignments WHERE case_id = @caseId))
         OR (e.record_type = 'task' AND e.record_id IN (SELECT CAST(t.id AS TEXT) FROM exchange_tasks t JOIN exchange_bundles b ON b.id = t.received_id WHERE b.case_id = @caseId))
         OR (e.record_type = 'bundle' AND e.record_id IN (SELECT bundle_id FROM exchange_bundles WHERE case_id = @caseId))
         OR (e.record_type = 'learning-event' AND e.record_id IN (SELECT CAST(id AS TEXT) FROM learning_events WHERE case_id = @caseId))
       )
       ORDER BY e.seq`,
    )
    .all({ caseId, caseText: String(caseId) }) as { seq: number }[];
  return rows.map((row) => row.seq);
}

/**
 * The events about a case's drafts: the saving of each draft version (by its number) and every
 * event naming one of the draft documents (by its id). Events about the distribution register
 * stay, since the register stays.
 */
export function draftEventsWithDetails(db: Db, caseId: number, versions: readonly number[], documentIds: readonly number[]): number[] {
  const rows = db
    .prepare(
      `${WITH_DETAILS} AND e.record_type = 'case' AND e.record_id = @caseText AND (
         (e.action IN ('report.saved', 'report.imported', 'report.finding-pulled') AND json_extract(d.body, '$.version') IN (SELECT value FROM json_each(@versions)))
         OR json_extract(d.body, '$.documentId') IN (SELECT value FROM json_each(@documents))
       )
       ORDER BY e.seq`,
    )
    .all({ caseText: String(caseId), versions: JSON.stringify(versions), documents: JSON.stringify(documentIds) }) as { seq: number }[];
  return rows.map((row) => row.seq);
}
