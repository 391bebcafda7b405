/**
 * The places on a case's redaction register (a school, a street, a ward) and the name the
 * report gives each. Every look-up is by case as well as id, so one case never reaches
 * another's places.
 */
import type { PlaceView } from '../../../shared/reports/redaction.ts';
import type { Db } from '../open-database.ts';

export function listPlaces(db: Db, caseId: number): PlaceView[] {
  return db.prepare('SELECT id, name, pseudonym FROM redaction_places WHERE case_id = ? ORDER BY id').all(caseId) as PlaceView[];
}

export function findPlace(db: Db, caseId: number, id: number): PlaceView | undefined {
  return db.prepare('SELECT id, name, pseudonym FROM redaction_places WHERE case_id = ? AND id = ?').get(caseId, id) as PlaceView | undefined;
}

export function insertPlace(db: Db, caseId: number, row: { name: string; pseudonym: string; addedBy: string; addedAt: string }): number {
  return Number(db.prepare('INSERT INTO redaction_places (case_id, name, pseudonym, added_by, added_at) VALUES (?, ?, ?, ?, ?)').run(caseId, row.name, row.pseudonym, row.addedBy, row.addedAt).lastInsertRowid);
}

/** False when the case has no place with this id. */
export function updatePlace(db: Db, caseId: number, id: number, row: { name: string; pseudonym: string }): boolean {
  return db.prepare('UPDATE redaction_places SET name = ?, pseudonym = ? WHERE case_id = ? AND id = ?').run(row.name, row.pseudonym, caseId, id).changes > 0;
}

/** False when the case has no place with this id. */
export function deletePlace(db: Db, caseId: number, id: number): boolean {
  return db.prepare('DELETE FROM redaction_places WHERE case_id = ? AND id = ?').run(caseId, id).changes > 0;
}
