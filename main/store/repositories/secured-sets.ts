/**
 * Agencies' secured sets (one per case and agency) and the integrity checks recorded against
 * them. The representative's and checker's names are joined from users here, so the view needs
 * no second look-up. The files themselves are in secured-files.ts.
 */
import type { SetState } from '../../../shared/vault/secured-files.ts';
import type { Db } from '../open-database.ts';

export interface SecuredSetRow {
  readonly id: number;
  readonly caseId: number;
  readonly organisationId: number;
  readonly agency: string;
  readonly representativeId: string;
  readonly representativeName: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly state: SetState;
  readonly closedAt: string | null;
  readonly closedBy: string | null;
}

export interface IntegrityCheckRow {
  readonly checkedAt: string;
  readonly checkedBy: string;
  readonly files: number;
  readonly damaged: { id: number; path: string }[];
}

const SELECT_SET = `
  SELECT s.id, s.case_id AS caseId, s.organisation_id AS organisationId, o.name AS agency,
         s.representative_id AS representativeId, u.name AS representativeName,
         s.created_at AS createdAt, s.created_by AS createdBy, s.state, s.closed_at AS closedAt, s.closed_by AS closedBy
  FROM secured_sets s JOIN organisations o ON o.id = s.organisation_id JOIN users u ON u.id = s.representative_id`;

export function findSet(db: Db, caseId: number, organisationId: number): SecuredSetRow | undefined {
  return db.prepare(`${SELECT_SET} WHERE s.case_id = ? AND s.organisation_id = ?`).get(caseId, organisationId) as SecuredSetRow | undefined;
}

export function findSetById(db: Db, setId: number): SecuredSetRow | undefined {
  return db.prepare(`${SELECT_SET} WHERE s.id = ?`).get(setId) as SecuredSetRow | undefined;
}

/** The case's sets in agency-name order. */
export function setsOfCase(db: Db, caseId: number): SecuredSetRow[] {
  return db.prepare(`${SELECT_SET} WHERE s.case_id = ? ORDER BY o.name COLLATE NOCASE`).all(caseId) as SecuredSetRow[];
}

export function insertSet(db: Db, set: { caseId: number; organisationId: number; representativeId: string; createdAt: string; createdBy: string }): number {
  const result = db
    .prepare(`INSERT INTO secured_sets (case_id, organisation_id, representative_id, created_at, created_by, state) VALUES (?, ?, ?, ?, ?, 'active')`)
    .run(set.caseId, set.organisationId, set.representativeId, set.createdAt, set.createdBy);
  return Number(result.lastInsertRowid);
}

export function setRepresentative(db: Db, setId: number, representativeId: string): void {
  db.prepare('UPDATE secured_sets SET representative_id = ? WHERE id = ?').run(representativeId, setId);
}

/** Released or destroyed: the set keeps its row (and the log its events) either way. */
export function closeSet(db: Db, setId: number, state: Exclude<SetState, 'active'>, at: string, by: string): void {
  db.prepare('UPDATE secured_sets SET state = ?, closed_at = ?, closed_by = ? WHERE id = ?').run(state, at, by, setId);
}

export function insertIntegrityCheck(db: Db, check: { setId: number; checkedAt: string; checkedBy: string; files: number; damaged: readonly { id: number; path: string }[] }): number {
  const result = db
    .prepare('INSERT INTO secured_integrity_checks (set_id, checked_at, checked_by, files, damaged) VALUES (?, ?, ?, ?, ?)')
    .run(check.setId, check.checkedAt, check.checkedBy, check.files, JSON.stringify(check.damaged));
  return Number(result.lastInsertRowid);
}

/** The latest check of the set, with the checker's name; null before the first. */
export function lastIntegrityCheck(db: Db, setId: number): IntegrityCheckRow | null {
  const row = db
    .prepare(
      `SELECT c.checked_at AS checkedAt, u.name AS checkedBy, c.files, c.damaged
       FROM secured_integrity_checks c JOIN users u ON u.id = c.checked_by WHERE c.set_id = ? ORDER BY c.id DESC LIMIT 1`,
    )
    .get(setId) as { checkedAt: string; checkedBy: string; files: number; damaged: string } | undefined;
  if (row === undefined) return null;
  return { ...row, damaged: JSON.parse(row.damaged) as IntegrityCheckRow['damaged'] };
}
