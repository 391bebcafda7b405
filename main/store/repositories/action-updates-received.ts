/**
 * Agencies' updates on the actions sent to them, one row per action per update as it arrived:
 * kept as they came, never edited, so the action plan can show each action's latest status and
 * the whole history of what the agency said and sent as evidence.
 */
import type { Db } from '../open-database.ts';

export interface NewActionUpdate {
  /** The 'received' row of the bundle that carried it. */
  readonly receivedId: number;
  readonly caseId: number;
  readonly organisationId: number;
  readonly actionId: string;
  readonly status: string;
  readonly evidence: string;
  /** The case documents the evidence files were kept as. */
  readonly documentIds: readonly number[];
  readonly receivedAt: string;
}

export interface StoredActionUpdate extends NewActionUpdate {
  readonly id: number;
  readonly agency: string;
  readonly bundleId: string;
}

export function insertActionUpdate(db: Db, update: NewActionUpdate): number {
  return Number(
    db
      .prepare(
        `INSERT INTO action_updates_received (received_id, case_id, organisation_id, action_id, status, evidence, document_ids, received_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(update.receivedId, update.caseId, update.organisationId, update.actionId, update.status, update.evidence, JSON.stringify(update.documentIds), update.receivedAt).lastInsertRowid,
  );
}

interface Row extends Omit<StoredActionUpdate, 'documentIds'> {
  readonly documentIds: string;
}

/** A case's updates, oldest first (so the last one for an action is its latest), optionally for one action. */
export function listActionUpdates(db: Db, caseId: number, actionId: string | null = null): StoredActionUpdate[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.received_id AS receivedId, a.case_id AS caseId, a.organisation_id AS organisationId, o.name AS agency, a.action_id AS actionId, a.status,
         a.evidence, a.document_ids AS documentIds, a.received_at AS receivedAt, b.bundle_id AS bundleId
       FROM action_updates_received a JOIN organisations o ON o.id = a.organisation_id JOIN exchange_bundles b ON b.id = a.received_id
       WHERE a.case_id = ? AND (? IS NULL OR a.action_id = ?) ORDER BY a.id`,
    )
    .all(caseId, actionId, actionId) as Row[];
  return rows.map((row) => ({ ...row, documentIds: JSON.parse(row.documentIds) as number[] }));
}
