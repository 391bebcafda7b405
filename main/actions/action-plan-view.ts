/** PLACEHOLDER (helper A fills): a case's action plan as one view. */
import type { ActionPlanView } from '../../shared/actions/action-plan.ts';
import type { Session } from '../security/session.ts';

export function readActionPlan(_session: Session, _reference: string): ActionPlanView {
  throw new Error('not built yet');
}
