/**
 * The secured-sets rule: at a review's close each agency's secured records are released or
 * destroyed on that agency's instruction, by its nominated representative alone (policy 16). So
 * retention deletes nothing here; it lists, for closed cases, the sets held in this store that
 * are still active, and the Business Unit's records of securing done elsewhere whose instruction
 * has not been recorded as carried out.
 */
import type { SecuredAwaiting } from '../../shared/retention/retention-view.ts';
import type { Db } from '../store/open-database.ts';

export function securedAwaiting(db: Db, caseId: number | null = null): SecuredAwaiting[] {
  const sets = db
    .prepare(
      `SELECT c.reference, o.name AS agency, c.closed_on AS closedOn, 'this-app' AS heldIn, coalesce(u.name, 'a former user') AS representative,
              (SELECT count(*) FROM secured_files f WHERE f.set_id = s.id AND f.state = 'stored') AS files,
              r.instruction, r.instruction_given_on AS instructionGivenOn
       FROM secured_sets s
       JOIN cases c ON c.id = s.case_id
       JOIN organisations o ON o.id = s.organisation_id
       LEFT JOIN users u ON u.id = s.representative_id
       LEFT JOIN securing_records r ON r.case_id = s.case_id AND r.organisation_id = s.organisation_id
       WHERE s.state = 'active' AND c.closed_on IS NOT NULL AND (@caseId IS NULL OR c.id = @caseId)`,
    )
    .all({ caseId }) as SecuredAwaiting[];
  const held = new Set(sets.map((set) => `${set.reference}\u0000${set.agency}`));
  const elsewhere = (
    db
      .prepare(
        `SELECT c.reference, o.name AS agency, c.closed_on AS closedOn, 'agency' AS heldIn, NULL AS representative, NULL AS files,
                r.instruction, r.instruction_given_on AS instructionGivenOn
         FROM securing_records r
         JOIN cases c ON c.id = r.case_id
         JOIN organisations o ON o.id = r.organisation_id
         WHERE r.confirmed_on IS NOT NULL AND r.instruction_confirmed_on IS NULL AND c.closed_on IS NOT NULL AND (@caseId IS NULL OR c.id = @caseId)`,
      )
      .all({ caseId }) as SecuredAwaiting[]
  ).filter((record) => !held.has(`${record.reference}\u0000${record.agency}`));
  return [...sets, ...elsewhere].sort((a, b) => a.closedOn.localeCompare(b.closedOn) || a.reference.localeCompare(b.reference) || a.agency.localeCompare(b.agency));
}
