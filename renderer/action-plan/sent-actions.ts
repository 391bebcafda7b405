/**
 * An agency's actions as the bundle to it carries them (shared/exchange/payloads.ts): each keeps
 * its uid, so the agency's update comes back to the same action, and carries the words of the
 * recommendation it answers, cut to what a bundle holds.
 */
import type { ActionPlanView, ActionView } from '../../shared/actions/action-plan.ts';
import type { ActionsPayload } from '../../shared/exchange/payloads.ts';
import { shortened } from './plan-words.ts';

export type SentAction = ActionsPayload['actions'][number];

/** The most of a recommendation's words a bundle carries beside each action. */
export const SENT_RECOMMENDATION_LENGTH = 4000;

export interface OwnedAction {
  readonly action: ActionView;
  readonly recommendationNumber: number;
  readonly recommendationText: string;
  /** Its place under its recommendation, from 0. */
  readonly index: number;
}

/** The plan's actions that `agency` owns, in the plan's order. */
export function actionsOwnedBy(view: Pick<ActionPlanView, 'recommendations'>, agency: string): OwnedAction[] {
  return view.recommendations.flatMap((recommendation) =>
    recommendation.actions.flatMap((action, index) => (action.agency === agency ? [{ action, recommendationNumber: recommendation.number, recommendationText: recommendation.text, index }] : [])),
  );
}

export function sentAction(owned: OwnedAction): SentAction {
  const { action } = owned;
  return {
    actionId: action.uid,
    recommendation: `${owned.recommendationNumber}. ${shortened(owned.recommendationText, SENT_RECOMMENDATION_LENGTH - 6)}`,
    what: action.what,
    responsiblePerson: action.responsiblePerson,
    dueOn: action.dueOn,
    intendedOutcome: action.intendedOutcome,
    status: action.status,
  };
}
