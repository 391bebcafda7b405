/**
 * Earlier cases a new referral may repeat (policy 9: a repeat incident in the same family must
 * be seen): those with a child or family member whose name, once normalised as the person
 * search normalises it (main/reviews/search-terms.ts), is the same as that of a child or family
 * member on this case. Names and other names both count, read from the person search's own
 * terms, so "Zoe OBrien" on one case meets "Zoë O'Brien" on another.
 *
 * Only published names leave this module: the screen shows "Child B here was Child A there",
 * never the names that matched.
 */
import type { z } from 'zod';
import type { repeatSuggestion } from '../../shared/learning/learning.ts';
import type { PersonRole } from '../../shared/reviews/people.ts';
import type { Db } from '../store/open-database.ts';

export type RepeatSuggestion = z.infer<typeof repeatSuggestion>;

interface MatchRow {
  earlierCaseId: number;
  earlierReference: string;
  earlierKind: string;
  earlierReferralDate: string;
  here: string;
  there: string;
  role: PersonRole;
  flagged: number;
}

/**
 * One statement: this case's people's name terms joined on the term index to every other case's.
 * "Earlier" is by referral date, then by when the case was entered, then by its id, so of any
 * two cases exactly one is the earlier.
 */
function matchRows(db: Db, caseId: number): MatchRow[] {
  return db
    .prepare(
      `WITH here AS (SELECT referral_date, created_at, id FROM cases WHERE id = ?)
       SELECT DISTINCT c.id AS earlierCaseId, c.reference AS earlierReference, c.kind AS earlierKind, c.referral_date AS earlierReferralDate,
              p.publish_as AS here, q.publish_as AS there, p.role,
              EXISTS (SELECT 1 FROM repeat_incidents r WHERE r.case_id = p.case_id AND r.earlier_case_id = c.id) AS flagged
       FROM case_people p
       JOIN person_search_terms pt ON pt.person_id = p.id AND pt.kind IN ('name', 'other-name')
       JOIN person_search_terms qt ON qt.term = pt.term AND qt.kind IN ('name', 'other-name')
       JOIN case_people q ON q.id = qt.person_id AND q.case_id <> p.case_id AND q.role IN ('child', 'family-member')
       JOIN cases c ON c.id = q.case_id, here h
       WHERE p.case_id = ? AND p.role IN ('child', 'family-member')
         AND (c.referral_date, c.created_at, c.id) < (h.referral_date, h.created_at, h.id)
       ORDER BY c.referral_date DESC, c.reference, p.id, q.id`,
    )
    .all(caseId, caseId) as MatchRow[];
}

/** The earlier cases this one may repeat, the latest referral first, among those `mayRead` allows. */
export function repeatSuggestions(db: Db, caseId: number, mayRead: (caseId: number) => boolean): RepeatSuggestion[] {
  const suggestions = new Map<number, RepeatSuggestion>();
  for (const row of matchRows(db, caseId)) {
    if (!mayRead(row.earlierCaseId)) continue;
    let suggestion = suggestions.get(row.earlierCaseId);
    if (suggestion === undefined) {
      suggestion = { earlierReference: row.earlierReference, earlierKind: row.earlierKind, earlierReferralDate: row.earlierReferralDate, matches: [], flagged: row.flagged === 1 };
      suggestions.set(row.earlierCaseId, suggestion);
    }
    if (!suggestion.matches.some((match) => match.here === row.here && match.there === row.there && match.role === row.role)) suggestion.matches.push({ here: row.here, there: row.there, role: row.role });
  }
  return [...suggestions.values()];
}

/** Whether case `a` came before case `b`, by the same order the suggestions use. */
export function isEarlierCase(db: Db, a: number, b: number): boolean {
  const row = db
    .prepare('SELECT (x.referral_date, x.created_at, x.id) < (y.referral_date, y.created_at, y.id) AS earlier FROM cases x, cases y WHERE x.id = ? AND y.id = ?')
    .get(a, b) as { earlier: number } | undefined;
  return row?.earlier === 1;
}
