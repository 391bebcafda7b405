/**
 * One agency's actions across every review as the assurance report's input: the actions the
 * agency view lists (so the report shows exactly what its reader may see), grouped by case in
 * reference order, each under its recommendation — numbered as the case's plan numbers it, with
 * its type and systemic factor — and in the plan's own order within it.
 */
import type { ActionView, OwedActionView } from '../../shared/actions/action-plan.ts';
import { CASE_KIND_LABELS, isCaseKind } from '../../shared/case-kinds.ts';
import type { AssuranceCase, AssuranceReportInput } from '../exports/pdf/assurance-input.ts';
import type { Db } from '../store/open-database.ts';
import { requireCaseId } from '../store/repositories/cases.ts';
import { listRecommendations } from '../store/repositories/plan-recommendations.ts';
import type { AssuranceFurniture } from './assurance-case-data.ts';
import { assuranceTotals } from './assurance-totals.ts';

/** The owed view's row without what it adds to an action: the report's tables take actions. */
function plainAction({ reference: _reference, caseKind: _caseKind, recommendation: _recommendation, ...action }: OwedActionView): ActionView {
  return action;
}

function caseOf(db: Db, reference: string, owed: readonly OwedActionView[]): AssuranceCase {
  const caseId = requireCaseId(db, reference);
  const kind = owed[0]?.caseKind ?? '';
  const recommendations = listRecommendations(db, caseId).flatMap((recommendation, index) => {
    const actions = owed.filter((action) => action.recommendationId === recommendation.id).sort((a, b) => a.id - b.id);
    return actions.length === 0 ? [] : [{ number: index + 1, type: recommendation.type, systemicFactor: recommendation.systemicFactor, text: recommendation.text, actions: actions.map(plainAction) }];
  });
  return { reference, kindLabel: isCaseKind(kind) ? CASE_KIND_LABELS[kind] : kind, recommendations };
}

export function agencyAssuranceInput(db: Db, agency: string, today: string, owed: readonly OwedActionView[], furniture: AssuranceFurniture): AssuranceReportInput {
  const byCase = new Map<string, OwedActionView[]>();
  for (const action of owed) {
    const actions = byCase.get(action.reference);
    if (actions === undefined) byCase.set(action.reference, [action]);
    else actions.push(action);
  }
  const references = [...byCase.keys()].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
  const cases = references.map((reference) => caseOf(db, reference, byCase.get(reference)!));
  return {
    ...furniture,
    scope: 'agency',
    subject: agency,
    madeOn: today,
    totals: assuranceTotals(owed),
    breakdown: references.map((reference) => ({ label: reference, totals: assuranceTotals(byCase.get(reference)!) })),
    cases,
  };
}
