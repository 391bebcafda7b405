/**
 * Agencies' updates on their actions as the action plan sees them: each with the agency, the
 * files it sent (case documents) and whether it has been taken up into the plan, and by whom.
 * The update's own columns are never changed; only taken_up_at and taken_up_by are set, once.
 */
import type { Db } from '../open-database.ts';

export interface UpdateForPlan {
  readonly id: number;
  /** The action's uid, as the bundle named it. */
  readonly actionUid: string;
  readonly organisationId: number;
  readonly agency: string;
  readonly status: string;
  readonly evidence: string;
  readonly documentIds: readonly number[];
  readonly receivedAt: string;
  readonly takenUpAt: string | null;
}

const SELECT_UPDATE = `
  SELECT a.id, a.action_id AS actionUid, a.organisation_id AS organisationId, o.name AS agency, a.status, a.evidence, a.document_ids AS documentIds,
         a.received_at AS receivedAt, a.taken_up_at AS takenUpAt
  FROM action_updates_received a JOIN organisations o ON o.id = a.organisation_id`;

type Row = Omit<UpdateForPlan, 'documentIds'> & { readonly documentIds: string };

function fromRow(row: Row): UpdateForPlan {
  return { ...row, documentIds: JSON.parse(row.documentIds) as number[] };
}

/** Newest first: the latest update is the one waiting to be taken up. */
export function listUpdatesForPlan(db: Db, caseId: number): UpdateForPlan[] {
  return (db.prepare(`${SELECT_UPDATE} WHERE a.case_id = ? ORDER BY a.received_at DESC, a.id DESC`).all(caseId) as Row[]).map(fromRow);
}

export function findUpdateForPlan(db: Db, caseId: number, id: number): UpdateForPlan | undefined {
  const row = db.prepare(`${SELECT_UPDATE} WHERE a.case_id = ? AND a.id = ?`).get(caseId, id) as Row | undefined;
  return row && fromRow(row);
}

/** False when it was already taken up (so two desks taking it up at once apply it once). */
export function markTakenUp(db: Db, id: number, by: string, at: string): boolean {
  return db.prepare('UPDATE action_updates_received SET taken_up_at = ?, taken_up_by = ? WHERE id = ? AND taken_up_at IS NULL').run(at, by, id).changes > 0;
}
