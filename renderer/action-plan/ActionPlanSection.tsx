/**
 * The case's Action plan section (stage 7): the review's recommendations, each with the type of
 * recommendation and the systemic factor it addresses, and under each the SMART actions agencies
 * own, with their progress and evidence of impact, monitored by the Business Unit. People who may
 * read the case but not change it see the plan without the forms.
 */
import { SectionHeading } from '../case/components/SectionHeading.tsx';
import type { SectionProps } from '../case/section-props.ts';
import { ActionPlanWorkspace } from './ActionPlanWorkspace.tsx';
import { NotShown } from '../components/NotShown.tsx';
import { useActionPlan } from './use-action-plan.ts';

export function ActionPlanSection({ view, navigate, refreshCase }: SectionProps) {
  const plan = useActionPlan(view.summary.reference);
  return (
    <section aria-labelledby="action-plan-heading" data-testid="action-plan-section">
      <SectionHeading lead="The review’s recommendations and the SMART actions that carry them out: who does what, by when, what will change, and the evidence that it has.">
        <span id="action-plan-heading">Action plan</span>
      </SectionHeading>
      {plan.load.state === 'loaded' ? (
        <ActionPlanWorkspace view={plan.load.view} applyResult={plan.applyResult} navigate={navigate} onDocumentsChanged={refreshCase} />
      ) : (
        <NotShown testId="plan" load={plan.load} what="this case’s action plan" onRetry={plan.reload} />
      )}
    </section>
  );
}
