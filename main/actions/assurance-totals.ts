/**
 * The assurance report's counts: how a set of actions stands on the day the report is made.
 * "Overdue" is the action plan's own flag, worked out for that day by the view it came from;
 * an open action that is not overdue is not yet due, so the four states add up to the whole.
 */
import type { ActionView } from '../../shared/actions/action-plan.ts';
import type { AssuranceTotals, AssuranceTotalsRow } from '../exports/pdf/assurance-input.ts';

type Counted = Pick<ActionView, 'status' | 'overdue' | 'evidenceAcceptedOn'>;

export function assuranceTotals(actions: readonly Counted[]): AssuranceTotals {
  let complete = 0;
  let completeWithEvidenceAccepted = 0;
  let overdue = 0;
  let notYetDue = 0;
  let noLongerNeeded = 0;
  for (const action of actions) {
    if (action.status === 'complete') {
      complete += 1;
      if (action.evidenceAcceptedOn !== null) completeWithEvidenceAccepted += 1;
    } else if (action.status === 'no-longer-needed') noLongerNeeded += 1;
    else if (action.overdue) overdue += 1;
    else notYetDue += 1;
  }
  return { actions: actions.length, complete, completeWithEvidenceAccepted, overdue, notYetDue, noLongerNeeded };
}

/** One row per group, in the order the groups are given; a group with no actions is left out. */
export function totalsByGroup<T extends Counted>(actions: readonly T[], groupOf: (action: T) => string, order: readonly string[]): AssuranceTotalsRow[] {
  const groups = new Map<string, T[]>(order.map((label) => [label, []]));
  for (const action of actions) {
    const label = groupOf(action);
    const group = groups.get(label);
    if (group === undefined) groups.set(label, [action]);
    else group.push(action);
  }
  return [...groups].filter(([, members]) => members.length > 0).map(([label, members]) => ({ label, totals: assuranceTotals(members) }));
}
