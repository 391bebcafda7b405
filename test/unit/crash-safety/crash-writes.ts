/**
 * What the kill loop's writer puts in the store, and how the parent reads it back: each
 * transaction t adds one document with an ADDED event (details: { transaction: t }) and may
 * remove the case's oldest document with a REMOVED event.
 */
import type { Db } from '../../../main/store/open-database.ts';

export const ADDED = 'crash-test.document-added';
export const REMOVED = 'crash-test.document-removed';
export const KEEP_DOCUMENTS = 4;

export interface WriteEvent {
  readonly action: string;
  readonly documentId: number;
  readonly transaction: number;
}

export function writeEvents(db: Db): WriteEvent[] {
  const rows = db
    .prepare(`SELECT e.action, e.record_id AS recordId, d.body FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq WHERE e.action IN (?, ?) ORDER BY e.seq`)
    .all(ADDED, REMOVED) as { action: string; recordId: string; body: string }[];
  return rows.map((row) => ({ action: row.action, documentId: Number(row.recordId), transaction: (JSON.parse(row.body) as { transaction: number }).transaction }));
}

/** The last transaction the store holds: 0 before the first. */
export function lastTransaction(db: Db): number {
  const row = db.prepare(`SELECT max(json_extract(d.body, '$.transaction')) AS t FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = ?`).get(ADDED) as { t: number | null };
  return row.t ?? 0;
}
