/**
 * What a referral must satisfy beyond its schema: its dates (record-dates.ts), a named agency
 * for each agency involved, and the good-outcome fields when a good outcome review is asked for.
 */
import type { Problem } from '../../shared/errors.ts';
import type { RecordData } from '../../shared/reviews/records.ts';
import type { Db } from '../store/open-database.ts';
import { listOrganisations } from '../store/repositories/organisations.ts';
import { datesProblems } from './record-dates.ts';

/** Problems by field within the referral ("incidentDate"), and the agencies' organisation ids. */
export function checkReferral(db: Db, referral: RecordData<'referral'>, today: string): { problems: Problem[]; agencyIds: number[] } {
  const problems = datesProblems('referral', referral, { today, referralDate: referral.referralDate });
  if (referral.kindRequested === 'good-outcome-review' && referral.goodOutcome === null) {
    problems.push({ path: 'goodOutcome', message: 'Enter the good-outcome details: the child’s lived experience, the steps taken, what was happening before, the barriers, the effect and the learning' });
  }
  const organisations = new Map(listOrganisations(db).map((organisation) => [organisation.name.toLowerCase(), organisation.id]));
  const agencyIds: number[] = [];
  const unknown: string[] = [];
  for (const name of referral.agencies) {
    const id = organisations.get(name.trim().toLowerCase());
    if (id === undefined) unknown.push(name);
    else agencyIds.push(id);
  }
  if (unknown.length > 0) {
    problems.push({ path: 'agencies', message: `Choose agencies from the partnership’s list: ${unknown.map((name) => `“${name}”`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not on it` });
  }
  return { problems, agencyIds };
}
