/**
 * A case's action-plan recommendations: what must change, its type and the systemic factor it
 * addresses, and the case discussion's finding it came from when it was taken from one.
 */
import type { RecommendationType } from '../../../shared/actions/action-plan.ts';
import type { Db } from '../open-database.ts';

export interface RecommendationFields {
  readonly text: string;
  readonly type: RecommendationType;
  readonly systemicFactor: string;
  readonly fromFinding: string;
}

export interface StoredRecommendation extends RecommendationFields {
  readonly id: number;
  readonly caseId: number;
}

const SELECT_RECOMMENDATION = `SELECT id, case_id AS caseId, text, type, systemic_factor AS systemicFactor, from_finding AS fromFinding FROM plan_recommendations`;

/** In id order, which is the order they are numbered in. */
export function listRecommendations(db: Db, caseId: number): StoredRecommendation[] {
  return db.prepare(`${SELECT_RECOMMENDATION} WHERE case_id = ? ORDER BY id`).all(caseId) as StoredRecommendation[];
}

export function findRecommendation(db: Db, caseId: number, id: number): StoredRecommendation | undefined {
  return db.prepare(`${SELECT_RECOMMENDATION} WHERE case_id = ? AND id = ?`).get(caseId, id) as StoredRecommendation | undefined;
}

/** Its number in the plan (1 for the first), or 0 when the case has no such recommendation. */
export function recommendationNumber(db: Db, caseId: number, id: number): number {
  const row = db.prepare('SELECT count(*) AS n FROM plan_recommendations WHERE case_id = ? AND id <= ?').get(caseId, id) as { n: number };
  return findRecommendation(db, caseId, id) === undefined ? 0 : row.n;
}

export function insertRecommendation(db: Db, caseId: number, fields: RecommendationFields, createdBy: string, createdAt: string): number {
  return Number(
    db
      .prepare('INSERT INTO plan_recommendations (case_id, text, type, systemic_factor, from_finding, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(caseId, fields.text, fields.type, fields.systemicFactor, fields.fromFinding, createdBy, createdAt).lastInsertRowid,
  );
}

/** False when the case has no recommendation with this id. */
export function updateRecommendation(db: Db, caseId: number, id: number, fields: RecommendationFields, updatedAt: string): boolean {
  return (
    db
      .prepare('UPDATE plan_recommendations SET text = ?, type = ?, systemic_factor = ?, from_finding = ?, updated_at = ? WHERE case_id = ? AND id = ?')
      .run(fields.text, fields.type, fields.systemicFactor, fields.fromFinding, updatedAt, caseId, id).changes > 0
  );
}

export function deleteRecommendation(db: Db, caseId: number, id: number): boolean {
  return db.prepare('DELETE FROM plan_recommendations WHERE case_id = ? AND id = ?').run(caseId, id).changes > 0;
}
