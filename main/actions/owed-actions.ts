/**
 * Everything an agency owes across every review ("everything my agency owes"), and, with no
 * agency chosen and only the overdue asked for, the dashboard's list of overdue actions. Who
 * sees what follows their roles: a partnership role that reads every case sees every case's
 * actions; someone assigned to a case sees that case's; someone assigned for an agency sees only
 * that agency's actions on their cases. Read in one query, however many cases there are.
 */
import type { OwedActionsView } from '../../shared/actions/action-plan.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { ROLE_DEFINITIONS } from '../../shared/roles.ts';
import { knownAgencies, requireAgency } from '../evidence/agencies.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { countOwedActions, listOwedActionRows, type OwedActionRow, type OwedScope } from '../store/repositories/plan-actions.ts';
import { actionView, evidenceFile } from './action-rows.ts';

const ACTION = 'see the actions agencies owe';

interface Reach {
  readonly scope: OwedScope;
  /** The agencies this person may choose among. */
  readonly agencies: readonly { readonly id: number; readonly name: string }[];
}

/** What this person's active assignments let them see; refused (and audited) when it is nothing. */
function reachOf(session: Session, db: Db): Reach {
  const assignments = session.user.status === 'active' ? session.assignments().filter((assignment) => ROLE_DEFINITIONS[assignment.role].permissions.includes('cases.read')) : [];
  const listed = knownAgencies(db);
  const everyCase = assignments.some((assignment) => ROLE_DEFINITIONS[assignment.role].scope === 'partnership' && ROLE_DEFINITIONS[assignment.role].permissions.includes('cases.list'));
  if (everyCase) return { scope: { everyCase: true }, agencies: listed };
  const onCases = assignments.filter((assignment) => assignment.caseId !== null);
  // No case to read anywhere: the check below refuses, and records the refusal.
  if (onCases.length === 0) session.authorise('cases.read', ACTION);
  const byName = new Map(listed.map((agency) => [agency.name, agency]));
  const cases = onCases.map((assignment) => ({ caseId: assignment.caseId!, organisationId: assignment.agency === null ? null : (byName.get(assignment.agency)?.id ?? -1) }));
  const forEveryAgency = cases.some((each) => each.organisationId === null);
  const own = new Set(cases.map((each) => each.organisationId));
  return { scope: { everyCase: false, cases }, agencies: forEveryAgency ? listed : listed.filter((agency) => own.has(agency.id)) };
}

function owedAction(row: OwedActionRow, today: string): OwedActionsView['actions'][number] {
  const files = (JSON.parse(row.evidenceFiles) as [number, string, number, string][])
    .map(([documentId, name, size, addedAt]) => evidenceFile(documentId, name, size, addedAt))
    .sort((a, b) => a.documentId - b.documentId);
  return { ...actionView(row, files, today), reference: row.reference, caseKind: row.caseKind, recommendation: row.recommendation };
}

export function readOwedActions(session: Session, agency: string | null, overdueOnly: boolean): OwedActionsView {
  const db = session.store.db;
  const reach = reachOf(session, db);
  const chosen = agency === null || agency.trim() === '' ? null : requireAgency(db, agency, 'agency');
  // Someone assigned for one agency asking for another's is refused, not shown an empty list.
  if (chosen !== null && !reach.agencies.some((each) => each.id === chosen.id)) session.authorise('cases.read', `see ${chosen.name}’s actions`, { agency: chosen.name });
  const today = todayInLondon();
  const filter = { scope: reach.scope, organisationId: chosen?.id ?? null, overdueOnly, today };
  return {
    today,
    agency: chosen?.name ?? null,
    agencies: reach.agencies.map((each) => each.name),
    actions: listOwedActionRows(db, filter).map((row) => owedAction(row, today)),
    counts: countOwedActions(db, filter),
  };
}
