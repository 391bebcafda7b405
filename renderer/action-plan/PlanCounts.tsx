/** The plan at a glance: how many actions, how many complete, how many overdue, how many with their evidence accepted. */
import type { ActionPlanView } from '../../shared/actions/action-plan.ts';

export function PlanCounts({ counts }: { readonly counts: ActionPlanView['counts'] }) {
  const items = [
    { key: 'actions', number: counts.actions, words: counts.actions === 1 ? 'action' : 'actions' },
    { key: 'complete', number: counts.complete, words: 'complete' },
    { key: 'overdue', number: counts.overdue, words: 'overdue' },
    { key: 'accepted', number: counts.withAcceptedEvidence, words: 'with evidence of impact accepted' },
  ];
  return (
    <ul className="prm-plan-counts" data-testid="plan-counts">
      {items.map((item) => (
        <li key={item.key} className="govuk-body govuk-!-margin-bottom-0" data-testid={`plan-count-${item.key}`}>
          <span className="prm-plan-counts__number">{item.number.toLocaleString('en-GB')}</span>
          {item.words}
        </li>
      ))}
    </ul>
  );
}
