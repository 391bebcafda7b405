/**
 * Agencies' secured sets on the cases where the subject appears. Their files are sealed to the
 * agency's nominated representative and the agency's recovery key (policy 16: the agency stays
 * their data controller), so neither the administrator nor the store's master key can search
 * them: the export names each set and who holds the key, for the officer to ask the agency.
 */
import type { Db } from '../store/open-database.ts';
import type { SecuredSet } from './findings.ts';

export function securedSetsOf(db: Db, caseIds: ReadonlySet<number>): SecuredSet[] {
  if (caseIds.size === 0) return [];
  const rows = db
    .prepare(
      `SELECT s.case_id AS caseId, o.name AS agency, u.name AS representative, s.state,
              (SELECT count(*) FROM secured_files f WHERE f.set_id = s.id AND f.state = 'stored') AS files
       FROM secured_sets s JOIN organisations o ON o.id = s.organisation_id JOIN users u ON u.id = s.representative_id
       ORDER BY s.case_id, o.name`,
    )
    .all() as SecuredSet[];
  return rows.filter((row) => caseIds.has(row.caseId));
}
