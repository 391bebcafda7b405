/** PLACEHOLDER (helper A fills): everything an agency owes across every review. */
import type { OwedActionsView } from '../../shared/actions/action-plan.ts';
import type { Session } from '../security/session.ts';

export function readOwedActions(_session: Session, _agency: string | null, _overdueOnly: boolean): OwedActionsView {
  throw new Error('not built yet');
}
