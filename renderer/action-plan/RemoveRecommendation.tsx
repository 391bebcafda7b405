/**
 * Removing a recommendation that has no actions (main refuses one that has): the person confirms,
 * naming it, and a refusal is said in place.
 */
import { useState } from 'react';
import type { ActionPlanView, RecommendationView } from '../../shared/actions/action-plan.ts';
import type { Result } from '../../shared/errors.ts';
import { ConfirmRemove } from '../case/components/ConfirmRemove.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { useApi } from '../session/api-context.tsx';
import { shortened } from './plan-words.ts';

export interface RemoveRecommendationProps {
  readonly view: ActionPlanView;
  readonly recommendation: RecommendationView;
  readonly applyResult: (result: Result<ActionPlanView>) => Result<ActionPlanView>;
  readonly onSaved: (heading: string) => void;
  readonly onCancel: () => void;
}

export function RemoveRecommendation({ view, recommendation, applyResult, onSaved, onCancel }: RemoveRecommendationProps) {
  const call = useApi();
  const [removing, setRemoving] = useState(false);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const what = `recommendation ${recommendation.number}, “${shortened(recommendation.text)}”`;

  const remove = async () => {
    if (removing) return;
    setRemoving(true);
    const result = applyResult(await call('actionPlan.removeRecommendation', { reference: view.reference, id: recommendation.id }));
    setRemoving(false);
    if (result.ok) onSaved(`Recommendation ${recommendation.number} has been removed`);
    else if (result.error.code !== 'LOCKED') setErrors([{ message: result.error.message }]);
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <ConfirmRemove what={what} consequence="The recommendations after it are numbered again. The removal stays in the audit trail." removing={removing} onConfirm={() => void remove()} onCancel={onCancel} />
    </>
  );
}
