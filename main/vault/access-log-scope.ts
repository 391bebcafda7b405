/**
 * Whose secured sets a person may read the access log of (vault.log): the partnership's roles
 * (administrator, Business Unit) every set's; a nominated representative only the sets of the
 * case and agency they hold the role for. Someone with vault.log nowhere is refused, and the
 * refusal is recorded, by the session's own check.
 */
import { ROLE_DEFINITIONS } from '../../shared/roles.ts';
import type { Session } from '../security/session.ts';

export type AccessLogScope = { readonly kind: 'every-set' } | { readonly kind: 'some-sets'; readonly setIds: readonly number[] };

interface SetOwner {
  readonly id: number;
  readonly caseId: number;
  readonly agency: string;
}

export function accessLogScope(session: Session, action: string): AccessLogScope {
  // With no case named, only a partnership-wide role grants a case permission.
  if (session.can('vault.log')) return { kind: 'every-set' };
  const holdsSomewhere = session.assignments().some((assignment) => ROLE_DEFINITIONS[assignment.role].permissions.includes('vault.log'));
  if (!holdsSomewhere) session.authorise('vault.log', action);
  const sets = session.store.db
    .prepare('SELECT s.id, s.case_id AS caseId, o.name AS agency FROM secured_sets s JOIN organisations o ON o.id = s.organisation_id ORDER BY s.id')
    .all() as SetOwner[];
  return { kind: 'some-sets', setIds: sets.filter((set) => session.can('vault.log', { caseId: set.caseId, agency: set.agency })).map((set) => set.id) };
}
