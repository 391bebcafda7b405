/**
 * The people on each case and the normalised terms they are searched by. Names sit in columns;
 * everything else identifying (other names, dates, addresses, contact details) in one JSON
 * document, read back through the same shape the screens send.
 */
import { PERSON_ROLES, type PersonRole, type PersonView } from '../../../shared/reviews/people.ts';
import type { Db } from '../open-database.ts';

/** A normalised form a person is found by (main/reviews/search-terms.ts makes them). */
export interface SearchTerm {
  readonly kind: 'name' | 'other-name' | 'date-of-birth';
  readonly term: string;
}

export interface PersonDetails {
  readonly otherNames: readonly string[];
  readonly datesOfBirth: readonly string[];
  readonly dateOfDeath: string | null;
  readonly addresses: readonly string[];
  readonly contactDetails: readonly string[];
  readonly relationship: string;
  readonly agency: string;
  readonly notes: string;
}

export interface PersonRecord {
  readonly role: PersonRole;
  readonly givenNames: string;
  readonly familyName: string;
  readonly publishAs: string;
  readonly details: PersonDetails;
}

interface PersonRow {
  id: number;
  case_id: number;
  role: PersonRole;
  given_names: string;
  family_name: string;
  publish_as: string;
  details: string;
}

export function readDetails(json: string): PersonDetails {
  const value = JSON.parse(json) as Partial<PersonDetails>;
  return {
    otherNames: value.otherNames ?? [],
    datesOfBirth: value.datesOfBirth ?? [],
    dateOfDeath: value.dateOfDeath ?? null,
    addresses: value.addresses ?? [],
    contactDetails: value.contactDetails ?? [],
    relationship: value.relationship ?? '',
    agency: value.agency ?? '',
    notes: value.notes ?? '',
  };
}

function toView(row: PersonRow): PersonView {
  const details = readDetails(row.details);
  return {
    id: row.id,
    role: row.role,
    givenNames: row.given_names,
    familyName: row.family_name,
    otherNames: [...details.otherNames],
    datesOfBirth: [...details.datesOfBirth],
    dateOfDeath: details.dateOfDeath,
    addresses: [...details.addresses],
    contactDetails: [...details.contactDetails],
    relationship: details.relationship,
    agency: details.agency,
    publishAs: row.publish_as,
    notes: details.notes,
  };
}

const ROLE_ORDER = `CASE role ${PERSON_ROLES.map((role, index) => `WHEN '${role}' THEN ${index}`).join(' ')} END`;

/** A case's people: children first, then family, practitioners and others, each in the order added. */
export function listPeople(db: Db, caseId: number): PersonView[] {
  const rows = db.prepare(`SELECT * FROM case_people WHERE case_id = ? ORDER BY ${ROLE_ORDER}, id`).all(caseId) as PersonRow[];
  return rows.map(toView);
}

export function findPerson(db: Db, caseId: number, personId: number): PersonView | undefined {
  const row = db.prepare('SELECT * FROM case_people WHERE case_id = ? AND id = ?').get(caseId, personId) as PersonRow | undefined;
  return row === undefined ? undefined : toView(row);
}

export function insertPerson(db: Db, caseId: number, person: PersonRecord, at: string): number {
  return Number(
    db
      .prepare('INSERT INTO case_people (case_id, role, given_names, family_name, publish_as, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(caseId, person.role, person.givenNames, person.familyName, person.publishAs, JSON.stringify(person.details), at).lastInsertRowid,
  );
}

export function updatePerson(db: Db, personId: number, person: PersonRecord, at: string): void {
  db.prepare('UPDATE case_people SET role = ?, given_names = ?, family_name = ?, publish_as = ?, details = ?, updated_at = ? WHERE id = ?').run(
    person.role,
    person.givenNames,
    person.familyName,
    person.publishAs,
    JSON.stringify(person.details),
    at,
    personId,
  );
}

export function deletePerson(db: Db, personId: number): void {
  db.prepare('DELETE FROM person_search_terms WHERE person_id = ?').run(personId);
  db.prepare('DELETE FROM case_people WHERE id = ?').run(personId);
}

export function replaceSearchTerms(db: Db, personId: number, terms: readonly SearchTerm[]): void {
  db.prepare('DELETE FROM person_search_terms WHERE person_id = ?').run(personId);
  const insert = db.prepare('INSERT INTO person_search_terms (person_id, kind, term) VALUES (?, ?, ?)');
  for (const term of terms) insert.run(personId, term.kind, term.term);
}

/** Every published name that looks like a letter code, across the store, except one person's own. */
export function childCodesInUse(db: Db, exceptPersonId: number | null): string[] {
  const rows = db.prepare(`SELECT publish_as FROM case_people WHERE publish_as GLOB 'Child [A-Z]*' AND id IS NOT ?`).all(exceptPersonId) as { publish_as: string }[];
  return rows.map((row) => row.publish_as);
}
