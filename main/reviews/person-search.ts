/**
 * Finding a person across every case, open and closed (policy 9: links between reviews, and a
 * repeat incident in the same family must be seen). Names match on their normalised terms, so
 * "Zoe OBrien" finds "Zoë O'Brien-Smith"; a date of birth matches exactly. Each search is
 * audited with what was searched for, kept in the erasable details.
 */
import { AppError, type Problem } from '../../shared/errors.ts';
import { dateField } from '../../shared/reviews/fields.ts';
import type { PersonMatch, PersonRole } from '../../shared/reviews/people.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { readDetails } from '../store/repositories/case-people.ts';
import { nameHasEveryToken, nameTokens, normaliseName } from './search-terms.ts';

export const MAX_MATCHES = 200;
/** More words than anyone types for one name; the rest would only narrow an already narrow search. */
const MAX_TOKENS = 8;

export interface PersonQuery {
  readonly name: string;
  readonly dateOfBirth: string | null;
}

function checkQuery(query: PersonQuery): { tokens: string[]; dateOfBirth: string | null } {
  const problems: Problem[] = [];
  const name = query.name.trim();
  const tokens = nameTokens(name).slice(0, MAX_TOKENS);
  let dateOfBirth: string | null = null;
  if (query.dateOfBirth !== null && query.dateOfBirth.trim() !== '') {
    const parsed = dateField('the date of birth').safeParse(query.dateOfBirth);
    if (parsed.success) dateOfBirth = parsed.data;
    else problems.push({ path: 'dateOfBirth', message: parsed.error.issues[0]!.message });
  }
  if (name === '' && dateOfBirth === null && problems.length === 0) problems.push({ path: 'name', message: 'Enter a name or a date of birth to search for' });
  else if (name !== '' && (name.length < 2 || tokens.length === 0)) problems.push({ path: 'name', message: 'Enter at least 2 letters of the name' });
  if (problems.length > 0) throw new AppError('INVALID_INPUT', problems[0]!.message, problems);
  return { tokens, dateOfBirth };
}

interface FoundRow {
  person_id: number;
  role: PersonRole;
  given_names: string;
  family_name: string;
  details: string;
  reference: string;
  kind: string;
  stage: string;
  closed_on: string | null;
  referral_date: string;
  found: number;
}

/**
 * The strongest matches, best first, in one statement: names by a scan of the name terms
 * (contains matching cannot use an index, but the terms are short), dates of birth by the
 * term index. Ranking and the limit happen in SQLite, so a broad search reads only the rows
 * it returns.
 */
function findPeople(db: Db, tokens: readonly string[], dateOfBirth: string | null): FoundRow[] {
  const nameCondition = tokens.length === 0 ? '0' : tokens.map(() => 'instr(term, ?) > 0').join(' AND ');
  return db
    .prepare(
      `WITH hits AS (
         SELECT person_id, max(by_name) + max(by_date) AS strength FROM (
           SELECT person_id, 1 AS by_name, 0 AS by_date FROM person_search_terms WHERE kind IN ('name', 'other-name') AND ${nameCondition}
           UNION ALL
           SELECT person_id, 0, 1 FROM person_search_terms WHERE kind = 'date-of-birth' AND term = ?
         ) GROUP BY person_id
       )
       SELECT p.id AS person_id, p.role, p.given_names, p.family_name, p.details, c.reference, c.kind, c.stage, c.closed_on, c.referral_date,
              (SELECT count(*) FROM hits) AS found
       FROM hits h JOIN case_people p ON p.id = h.person_id JOIN cases c ON c.id = p.case_id
       ORDER BY h.strength DESC, c.referral_date DESC, c.reference, p.id
       LIMIT ${MAX_MATCHES}`,
    )
    .all(...tokens, dateOfBirth) as FoundRow[];
}

function describeMatch(row: FoundRow, tokens: readonly string[], dateOfBirth: string | null): PersonMatch {
  const details = readDetails(row.details);
  const matchedOn: string[] = [];
  if (tokens.length > 0) {
    if (nameHasEveryToken(normaliseName(`${row.given_names} ${row.family_name}`), tokens)) matchedOn.push('name');
    for (const other of details.otherNames) if (nameHasEveryToken(normaliseName(other), tokens)) matchedOn.push(`other name: ${other}`);
  }
  if (dateOfBirth !== null && details.datesOfBirth.includes(dateOfBirth)) matchedOn.push('date of birth');
  return {
    caseReference: row.reference,
    caseKind: row.kind,
    caseStage: row.stage,
    caseOpen: row.closed_on === null,
    referralDate: row.referral_date,
    personId: row.person_id,
    role: row.role,
    name: `${row.given_names} ${row.family_name}`,
    otherNames: [...details.otherNames],
    datesOfBirth: [...details.datesOfBirth],
    matchedOn,
  };
}

export function searchPeople(session: Session, query: PersonQuery): PersonMatch[] {
  session.authorise('people.search', 'search for people across cases');
  const { tokens, dateOfBirth } = checkQuery(query);
  return session.store.change((db, audit) => {
    const rows = findPeople(db, tokens, dateOfBirth);
    audit({ actorId: session.userId, action: 'people.searched', recordType: 'store', recordId: session.store.storeId, details: { name: query.name.trim(), dateOfBirth, found: rows[0]?.found ?? 0 } });
    return rows.map((row) => describeMatch(row, tokens, dateOfBirth));
  });
}
