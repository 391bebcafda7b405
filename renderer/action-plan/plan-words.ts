/**
 * How an action plan is said on screen: each status as a tag in words (never colour alone), the
 * "Overdue" tag worked out by main for the day, and short names for long SMART actions.
 */
import { PLAN_STATUS_LABELS, RECOMMENDATION_TYPE_LABELS, type ActionPlanView, type ActionView, type PlanStatus, type RecommendationType } from '../../shared/actions/action-plan.ts';

export interface PlanTag {
  readonly words: string;
  readonly tagClass: string;
}

const STATUS_TAG_CLASSES: Readonly<Record<PlanStatus, string>> = {
  'not-started': 'govuk-tag--grey',
  // GOV.UK's own tag colour is blue: it has no modifier.
  'in-progress': '',
  complete: 'govuk-tag--green',
  'no-longer-needed': 'govuk-tag--grey',
};

export function statusTag(status: PlanStatus): PlanTag {
  return { words: PLAN_STATUS_LABELS[status], tagClass: STATUS_TAG_CLASSES[status] };
}

export const OVERDUE_TAG: PlanTag = { words: 'Overdue', tagClass: 'govuk-tag--red' };

export function typeTag(type: RecommendationType): PlanTag {
  return { words: RECOMMENDATION_TYPE_LABELS[type], tagClass: 'govuk-tag--purple' };
}

const SHORT_LENGTH = 60;

/** “Audit ten strategy discussions…”: a long text cut at a word, for legends, buttons and messages. */
export function shortened(text: string, length = SHORT_LENGTH): string {
  const plain = text.trim().replace(/\s+/g, ' ');
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > length / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** "Action 1.2": the recommendation's number, then the action's place under it. */
export function actionNumber(recommendationNumber: number, index: number): string {
  return `Action ${recommendationNumber}.${index + 1}`;
}

/** The agencies that own at least one of the plan's actions, in the order the partnership lists them. */
export function agenciesWithActions(view: Pick<ActionPlanView, 'recommendations' | 'agencies'>): string[] {
  const owning = new Set(view.recommendations.flatMap((recommendation) => recommendation.actions.map((action) => action.agency)));
  const listed = view.agencies.filter((agency) => owning.has(agency));
  // An action kept under an agency's old name still belongs somewhere: it is offered too.
  const unlisted = [...owning].filter((agency) => !view.agencies.includes(agency)).sort((a, b) => a.localeCompare(b, 'en-GB'));
  return [...listed, ...unlisted];
}

/** Whether an action is still owed: not complete and not stopped. */
export function isOpen(action: Pick<ActionView, 'status'>): boolean {
  return action.status !== 'complete' && action.status !== 'no-longer-needed';
}
