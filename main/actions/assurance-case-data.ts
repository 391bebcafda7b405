/**
 * One case's action plan as the assurance report's input: every recommendation (those with no
 * actions yet included, so a gap shows), the totals, and the totals per owning agency.
 */
import type { ActionPlanView } from '../../shared/actions/action-plan.ts';
import type { AssuranceReportInput } from '../exports/pdf/assurance-input.ts';
import { assuranceTotals, totalsByGroup } from './assurance-totals.ts';

/** What every report carries whatever its scope: who made it, on their letterhead if set. */
export type AssuranceFurniture = Pick<AssuranceReportInput, 'partnershipName' | 'letterhead'>;

export function caseAssuranceInput(plan: ActionPlanView, kindLabel: string, furniture: AssuranceFurniture): AssuranceReportInput {
  const actions = plan.recommendations.flatMap((recommendation) => recommendation.actions);
  const agencies = [...new Set(actions.map((action) => action.agency))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  return {
    ...furniture,
    scope: 'case',
    subject: plan.reference,
    madeOn: plan.today,
    totals: assuranceTotals(actions),
    breakdown: totalsByGroup(actions, (action) => action.agency, agencies),
    cases: [
      {
        reference: plan.reference,
        kindLabel,
        recommendations: plan.recommendations.map((recommendation) => ({
          number: recommendation.number,
          type: recommendation.type,
          systemicFactor: recommendation.systemicFactor,
          text: recommendation.text,
          actions: recommendation.actions,
        })),
      },
    ],
  };
}
