/**
 * The people records that are the subject's: on any case, open or closed, a record whose name or
 * one of whose other names holds every word of the name typed, as whole words and in any order
 * ("Kowalczyk Siobhán" is "Siobhán Marie Kowalczyk"). A date of birth, when given, leaves out
 * records that give only other dates of birth: the same name, someone else. A record with no
 * date of birth cannot be told apart, so it stays, and says so.
 */
import type { PersonRole } from '../../shared/reviews/people.ts';
import type { Db } from '../store/open-database.ts';
import { readDetails, type PersonDetails } from '../store/repositories/case-people.ts';
import { normaliseName } from '../reviews/search-terms.ts';
import { nameIsTheirs, type Subject } from './subject.ts';

export interface SubjectRecord {
  readonly personId: number;
  readonly caseId: number;
  readonly role: PersonRole;
  readonly givenNames: string;
  readonly familyName: string;
  readonly publishAs: string;
  readonly details: PersonDetails;
  /** Why it is theirs: "name", "other name “Shiv Doherty”", "date of birth", "no date of birth recorded". */
  readonly matchedOn: readonly string[];
}

export interface SubjectRecords {
  readonly records: readonly SubjectRecord[];
  /** The name, but only other dates of birth. */
  readonly leftOut: readonly SubjectRecord[];
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

/**
 * The people whose search terms contain the longest word typed: the person search's index
 * narrows the rows read, and the whole-word test below decides.
 */
function candidates(db: Db, subject: Subject): PersonRow[] {
  const longest = [...subject.tokens].sort((a, b) => b.length - a.length)[0]!;
  return db
    .prepare(
      `SELECT p.id, p.case_id, p.role, p.given_names, p.family_name, p.publish_as, p.details FROM case_people p
       WHERE p.id IN (SELECT person_id FROM person_search_terms WHERE kind IN ('name', 'other-name') AND instr(term, ?) > 0)
       ORDER BY p.case_id, p.id`,
    )
    .all(longest) as PersonRow[];
}

function matchedNames(row: PersonRow, details: PersonDetails, subject: Subject): string[] {
  const matched: string[] = [];
  if (nameIsTheirs(normaliseName(`${row.given_names} ${row.family_name}`), subject)) matched.push('name');
  for (const other of details.otherNames) if (nameIsTheirs(normaliseName(other), subject)) matched.push(`other name “${other}”`);
  return matched;
}

export function findSubjectRecords(db: Db, subject: Subject): SubjectRecords {
  const records: SubjectRecord[] = [];
  const leftOut: SubjectRecord[] = [];
  for (const row of candidates(db, subject)) {
    const details = readDetails(row.details);
    const names = matchedNames(row, details, subject);
    if (names.length === 0) continue;
    const record = { personId: row.id, caseId: row.case_id, role: row.role, givenNames: row.given_names, familyName: row.family_name, publishAs: row.publish_as, details };
    if (subject.dateOfBirth === null) records.push({ ...record, matchedOn: names });
    else if (details.datesOfBirth.includes(subject.dateOfBirth)) records.push({ ...record, matchedOn: [...names, 'date of birth'] });
    else if (details.datesOfBirth.length === 0) records.push({ ...record, matchedOn: [...names, 'no date of birth recorded'] });
    else leftOut.push({ ...record, matchedOn: names });
  }
  return { records, leftOut };
}
